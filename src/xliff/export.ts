import type { ExportXliffInput } from './types'
import { fieldSegments } from './units'
import { escapeXml } from './xml'

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:1.2'
/** `from` of the header notes that carry the source hashes (translate-toolkit keeps header notes). */
export const HASH_NOTE_FROM = 'cms'
export const HASH_NOTE_PREFIX = 'source-hash '

const attrs = (values: Record<string, string>): string =>
  Object.entries(values)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('')

/**
 * One document's translatable fields as XLIFF 1.2. Inline formatting is written as `<bpt>/<ept>` and `<ph>`
 * holding HTML-like native codes (`<b>`, `<a href="…">`, `<br/>`), which survive tools that flatten inline
 * elements to text (translate-toolkit does; it drops `<g>` and `<x/>`).
 */
export const exportXliff = (input: ExportXliffInput): string => {
  const notes = Object.entries(input.sourceHashes)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([field, hash]) =>
        `      <note from="${HASH_NOTE_FROM}">${escapeXml(`${HASH_NOTE_PREFIX}${field} ${hash}`)}</note>`,
    )
  const units = input.fields
    .flatMap(fieldSegments)
    .map(({ id, source, target }) =>
      [
        `      <trans-unit${attrs({ id, 'xml:space': 'preserve' })}>`,
        `        <source>${source}</source>`,
        ...(target === undefined ? [] : [`        <target state="translated">${target}</target>`]),
        '      </trans-unit>',
      ].join('\n'),
    )
  const file = attrs({
    original: `${input.collection}/${input.id}`,
    'source-language': input.sourceLocale,
    'target-language': input.targetLocale,
    datatype: 'plaintext',
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff version="1.2" xmlns="${XLIFF_NS}">`,
    `  <file${file}>`,
    '    <header>',
    ...notes,
    '    </header>',
    '    <body>',
    ...units,
    '    </body>',
    '  </file>',
    '</xliff>',
    '',
  ].join('\n')
}
