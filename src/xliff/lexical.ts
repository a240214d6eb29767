import { isInline, isLink, type LexicalNode } from './inline'

/** A block whose children are inline content: a paragraph, heading, quote or list item. */
export type LexicalBlock = { node: LexicalNode; path: string }

const rootChildren = (value: unknown): LexicalNode[] | undefined => {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  return Array.isArray(root?.children) ? root.children : undefined
}

const hasText = (nodes: LexicalNode[]): boolean =>
  nodes.some(
    (n) => (typeof n.text === 'string' && n.text.trim() !== '') || hasText(n.children ?? []),
  )

/** Blocks in document order, with paths like `3` (fourth block) or `2.1` (second item of the third block's list). */
export const lexicalBlocks = (value: unknown): LexicalBlock[] => {
  const blocks: LexicalBlock[] = []
  const walk = (nodes: LexicalNode[], prefix: string): void =>
    nodes.forEach((node, index) => {
      const path = `${prefix}${index}`
      const children = node.children ?? []
      if (children.some(isInline)) {
        if (hasText(children)) blocks.push({ node, path })
      } else walk(children, `${path}.`)
    })
  walk(rootChildren(value) ?? [], '')
  return blocks
}

export const linksOf = (nodes: LexicalNode[]): LexicalNode[] =>
  nodes.flatMap((node) => (isLink(node) ? [node] : linksOf(node.children ?? [])))

/** A copy of the source document with the given blocks' inline content replaced. */
export const replaceBlocks = (source: unknown, inline: Map<string, LexicalNode[]>): unknown => {
  const copy: unknown = structuredClone(source)
  for (const { node, path } of lexicalBlocks(copy)) {
    const children = inline.get(path)
    if (children) node.children = children
  }
  return copy
}
