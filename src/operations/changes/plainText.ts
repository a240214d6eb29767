/**
 * A field's value as readable text: rich text (Lexical JSON) by its text nodes, one line per block;
 * arrays one row a line; an upload by its file name; other objects by their values.
 */
export const plainText = (value: unknown): string => {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value)
  if (Array.isArray(value)) return value.map(plainText).filter(Boolean).join('\n')
  if (typeof value === 'object') {
    const node = value as Record<string, unknown>
    if (node.root) return plainText(node.root)
    if (typeof node.text === 'string') return node.text
    if (Array.isArray(node.children))
      return node.children
        .map(plainText)
        .join(node.type === 'root' || node.type === 'list' ? '\n' : '')
    if (typeof node.filename === 'string') return node.filename
    return Object.entries(node)
      .filter(([key]) => key !== 'id')
      .map(([, entry]) => plainText(entry))
      .filter(Boolean)
      .join(' · ')
  }
  return ''
}
