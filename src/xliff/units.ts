import { inlineToXliff, nativeToInline } from './inline'
import { lexicalBlocks, linksOf, replaceBlocks } from './lexical'
import type { XliffField, XliffUnit } from './types'
import { escapeXml } from './xml'

/** One translatable segment of a field, with its XLIFF content (already escaped, inline codes included). */
export type FieldSegment = { id: string; source: string; target?: string }

const rowsOf = (value: unknown): Array<Record<string, unknown>> =>
  Array.isArray(value)
    ? value.filter((row): row is Record<string, unknown> => !!row && typeof row === 'object')
    : []
const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined
const escaped = (value: unknown): string | undefined => {
  const text = textOf(value)
  return text === undefined ? undefined : escapeXml(text)
}

export const fieldSegments = (field: XliffField): FieldSegment[] => {
  if (field.kind === 'array-text') {
    const targets = rowsOf(field.target)
    return rowsOf(field.source).flatMap((row, index) => {
      const source = escaped(row.text)
      return source === undefined
        ? []
        : [{ id: `${field.name}.${index}.text`, source, target: escaped(targets[index]?.text) }]
    })
  }
  if (field.kind === 'richText') {
    const targets = new Map(lexicalBlocks(field.target).map((block) => [block.path, block.node]))
    return lexicalBlocks(field.source).map(({ node, path }) => {
      const target = targets.get(path)
      return {
        id: `${field.name}.${path}`,
        source: inlineToXliff(node.children ?? []),
        target:
          target && target.type === node.type ? inlineToXliff(target.children ?? []) : undefined,
      }
    })
  }
  const source = escaped(field.source)
  return source === undefined ? [] : [{ id: field.name, source, target: escaped(field.target) }]
}

/** The field's translated value, or `undefined` when any of its segments has no translation. */
export const translatedValue = (
  field: XliffField,
  units: Map<string, XliffUnit>,
): { value?: unknown; complete: boolean } => {
  const target = (id: string): string | undefined => {
    const text = units.get(id)?.target
    return text !== undefined && text.trim() !== '' ? text : undefined
  }
  if (field.kind === 'array-text') {
    const rows = rowsOf(field.source)
    const texts = rows.map((row, index) =>
      textOf(row.text) === undefined ? row.text : target(`${field.name}.${index}.text`),
    )
    if (rows.length === 0 || texts.some((text) => text === undefined))
      return { complete: rows.length === 0 }
    // Row ids are left out: the French rows are rows of their own.
    return {
      complete: true,
      value: rows.map(({ id: _id, ...row }, index) => ({ ...row, text: texts[index] })),
    }
  }
  if (field.kind === 'richText') {
    const blocks = lexicalBlocks(field.source)
    const inline = new Map<string, ReturnType<typeof nativeToInline>>()
    for (const { node, path } of blocks) {
      const text = target(`${field.name}.${path}`)
      if (text === undefined) return { complete: false }
      inline.set(path, nativeToInline(text, linksOf(node.children ?? [])))
    }
    return blocks.length === 0
      ? { complete: true }
      : { complete: true, value: replaceBlocks(field.source, inline) }
  }
  if (textOf(field.source) === undefined) return { complete: true }
  const text = target(field.name)
  return text === undefined ? { complete: false } : { complete: true, value: text }
}
