import { XliffError } from './errors'
import type { ApplyXliffExpectation, ApplyXliffResult, ParsedXliff } from './types'
import { translatedValue } from './units'

/**
 * Checks a parsed file against the document it is imported into, then builds the target-locale data.
 * Units without a translation are left out, so existing target text is never blanked.
 */
export const applyXliff = (
  parsed: ParsedXliff,
  expectation: ApplyXliffExpectation,
): ApplyXliffResult => {
  const expected = `${expectation.collection}/${expectation.id}`
  if (parsed.collection !== expectation.collection || parsed.id !== String(expectation.id))
    throw new XliffError(
      'wrong_document',
      `This file is for ${parsed.collection}/${parsed.id}, not ${expected}. Import it on that document, or export this one.`,
      {
        words: {
          key: 'xliffOtherDocument',
          vars: { expected, found: `${parsed.collection}/${parsed.id}` },
        },
      },
    )
  const sourceLocale = expectation.sourceLocale ?? 'en'
  if (parsed.targetLanguage !== expectation.targetLocale || parsed.sourceLanguage !== sourceLocale)
    throw new XliffError(
      'wrong_locale',
      `This file translates "${parsed.sourceLanguage}" into "${parsed.targetLanguage}"; expected "${sourceLocale}" into "${expectation.targetLocale}". Export a "${expectation.targetLocale}" file and translate that.`,
      {
        words: {
          key: 'xliffOtherLanguages',
          vars: {
            expectedSource: sourceLocale,
            expectedTarget: expectation.targetLocale,
            source: parsed.sourceLanguage,
            target: parsed.targetLanguage,
          },
        },
      },
    )
  const inFile = (name: string): boolean =>
    name in parsed.sourceHashes ||
    [...parsed.units.keys()].some((id) => id === name || id.startsWith(`${name}.`))
  const stale = expectation.fields
    .map((field) => field.name)
    .filter(
      (name) => inFile(name) && parsed.sourceHashes[name] !== expectation.currentSourceHashes[name],
    )
  if (stale.length > 0)
    throw new XliffError(
      'stale_source',
      `Source changed since export: ${stale.join(', ')}. Export again.`,
      { fields: stale, words: { key: 'xliffStaleSource', vars: { fields: stale.join(', ') } } },
    )
  const data: Record<string, unknown> = {}
  const incomplete: string[] = []
  for (const field of expectation.fields) {
    const { complete, value } = translatedValue(field, parsed.units)
    if (value !== undefined) data[field.name] = value
    else if (!complete) incomplete.push(field.name)
  }
  return { data, incomplete }
}
