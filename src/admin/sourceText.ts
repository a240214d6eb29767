/** A field's English value as plain text for the translator's side panel (rich text: its text nodes). */
export const sourceText = (value: unknown): string => {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (Array.isArray(value)) return value.map(sourceText).filter(Boolean).join('\n')
  if (typeof value === 'object') {
    const node = value as Record<string, unknown>
    if (node.root) return sourceText(node.root)
    if (typeof node.text === 'string') return node.text
    if (Array.isArray(node.children)) return node.children.map(sourceText).join(node.type === 'root' ? '\n' : '')
    // A row of an array field, or an upload/relationship: its text, or its file name.
    if (typeof node.filename === 'string') return node.filename
    return Object.entries(node)
      .filter(([key]) => key !== 'id')
      .map(([, entry]) => sourceText(entry))
      .filter(Boolean)
      .join(' · ')
  }
  return ''
}
