/** How a field's value is cut into translation units. */
export type XliffFieldKind = 'array-text' | 'richText' | 'text' | 'textarea'

export type XliffField = {
  kind: XliffFieldKind
  name: string
  /** The source-locale value: a string, an array of `{ text }` rows, or Lexical JSON. */
  source: unknown
  /** The current target-locale value, same shape as `source`; ignored by `applyXliff`. */
  target?: unknown
}

export type ExportXliffInput = {
  collection: string
  fields: XliffField[]
  id: number | string
  sourceHashes: Record<string, string>
  sourceLocale: string
  targetLocale: string
}

/**
 * One unit's text in "native markup": plain text in which the inline codes appear as `<b>`, `</b>`, `<i>`,
 * `<a href="…">`, `</a>`, `<br/>`… This is what translators see once a tool flattens the XLIFF inline codes.
 */
export type XliffUnit = { source: string; state?: string; target?: string }

export type ParsedXliff = {
  collection: string
  id: string
  sourceHashes: Record<string, string>
  sourceLanguage: string
  targetLanguage: string
  units: Map<string, XliffUnit>
}

export type ApplyXliffExpectation = {
  collection: string
  currentSourceHashes: Record<string, string>
  fields: XliffField[]
  id: number | string
  /** The locale the file must translate from (the plugin's `sourceLocale`). @default 'en' */
  sourceLocale?: string
  targetLocale: string
}

export type ApplyXliffResult = {
  /** Target-locale values to write, only for fields whose every unit has a translation. */
  data: Record<string, unknown>
  /** Fields left out because some of their units have no translation yet. */
  incomplete: string[]
}
