import { malformed, XliffError } from './errors'
import { HASH_NOTE_FROM, HASH_NOTE_PREFIX, XLIFF_NS } from './export'
import { nativeForCtype } from './inline'
import type { ParsedXliff, XliffUnit } from './types'
import { parseXml, type XmlElement, type XmlNode } from './xml'

export { applyXliff } from './apply'

const elements = (node: XmlElement, name: string): XmlElement[] =>
  node.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && c.ns === XLIFF_NS && c.name === name,
  )

const textContent = (nodes: XmlNode[]): string =>
  nodes.map((n) => (typeof n === 'string' ? n : textContent(n.children))).join('')

/** Segment content as native markup: codes in `<bpt>`/`<ept>`/`<ph>`/`<it>` are kept, `<g>`/`<x>` mapped by ctype. */
const native = (nodes: XmlNode[]): string =>
  nodes
    .map((node) => {
      if (typeof node === 'string') return node
      if (['bpt', 'ept', 'it', 'ph'].includes(node.name)) return textContent(node.children)
      const code = nativeForCtype(node.attrs.ctype)
      if (node.name === 'g')
        return `${code?.open ?? ''}${native(node.children)}${code?.close ?? ''}`
      if (node.name === 'x' || node.name === 'bx') return code?.open ?? ''
      return native(node.children)
    })
    .join('')

const wrongDocument = (message: string, words: XliffError['words']): XliffError =>
  new XliffError(
    'wrong_document',
    `${message} Export the document again and translate that file.`,
    { words },
  )

const readUnits = (container: XmlElement, units: Map<string, XliffUnit>): void => {
  for (const group of elements(container, 'group')) readUnits(group, units)
  for (const unit of elements(container, 'trans-unit')) {
    const id = unit.attrs.id
    if (!id) throw malformed(unit.line, '<trans-unit> has no id')
    if (units.has(id)) throw malformed(unit.line, `trans-unit id "${id}" appears twice`)
    const [source] = elements(unit, 'source')
    if (!source) throw malformed(unit.line, `trans-unit "${id}" has no <source>`)
    const [target] = elements(unit, 'target')
    units.set(id, {
      source: native(source.children),
      ...(target && { state: target.attrs.state, target: native(target.children) }),
    })
  }
}

/** Reads an XLIFF 1.2 file exported by `exportXliff` (and possibly round-tripped through translators' tools). */
export const parseXliff = (xml: string): ParsedXliff => {
  const root = parseXml(xml)
  if (root.name !== 'xliff' || root.ns !== XLIFF_NS)
    throw wrongDocument(
      `This is not an XLIFF 1.2 file (root <${root.name}> in namespace "${root.ns}").`,
      { key: 'xliffNotXliff', vars: { namespace: root.ns, root: root.name } },
    )
  const files = elements(root, 'file')
  if (files.length !== 1)
    throw wrongDocument(`The file holds ${files.length} <file> sections; one is expected.`, {
      key: 'xliffFileCount',
      vars: { count: files.length },
    })
  const file = files[0]!
  const original = file.attrs.original ?? ''
  const slash = original.indexOf('/')
  if (slash <= 0 || slash === original.length - 1)
    throw wrongDocument(
      `The file's original="${original}" does not name a document as "collection/id".`,
      { key: 'xliffBadOriginal', vars: { original } },
    )
  const sourceHashes: Record<string, string> = {}
  for (const header of elements(file, 'header')) {
    for (const note of elements(header, 'note')) {
      const text = textContent(note.children).trim()
      if (note.attrs.from !== HASH_NOTE_FROM || !text.startsWith(HASH_NOTE_PREFIX)) continue
      const [field, hash] = text.slice(HASH_NOTE_PREFIX.length).split(/\s+/)
      if (field && hash) sourceHashes[field] = hash
    }
  }
  const units = new Map<string, XliffUnit>()
  for (const body of elements(file, 'body')) readUnits(body, units)
  return {
    collection: original.slice(0, slash),
    id: original.slice(slash + 1),
    sourceHashes,
    sourceLanguage: file.attrs['source-language'] ?? '',
    targetLanguage: file.attrs['target-language'] ?? '',
    units,
  }
}
