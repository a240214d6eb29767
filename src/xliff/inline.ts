import { escapeXml } from './xml'

/** The part of a Lexical node this module reads; everything else is copied as is. */
export type LexicalNode = {
  [key: string]: unknown
  children?: LexicalNode[]
  fields?: Record<string, unknown>
  format?: number | string
  text?: string
  type: string
}

// Lexical's text format bits, with the native tag translators see and the XLIFF 1.2 ctype.
const FORMATS = [
  { ctype: 'bold', flag: 1, tag: 'b' },
  { ctype: 'italic', flag: 2, tag: 'i' },
  { ctype: 'x-strikethrough', flag: 4, tag: 's' },
  { ctype: 'underlined', flag: 8, tag: 'u' },
  { ctype: 'x-code', flag: 16, tag: 'code' },
  { ctype: 'x-subscript', flag: 32, tag: 'sub' },
  { ctype: 'x-superscript', flag: 64, tag: 'sup' },
  { ctype: 'x-highlight', flag: 128, tag: 'mark' },
] as const

const LINKS = new Set(['autolink', 'link'])
export const isLink = (node: LexicalNode): boolean => LINKS.has(node.type)
export const isInline = (node: LexicalNode): boolean =>
  isLink(node) || ['linebreak', 'tab', 'text'].includes(node.type) || typeof node.text === 'string'

const linkUrl = (node: LexicalNode): string =>
  typeof node.fields?.url === 'string' ? node.fields.url : ''
const nativeLink = (url: string): string => (url ? `<a href="${url.replace(/"/g, '%22')}">` : '<a>')

/** Native markup for an XLIFF `<g>`/`<x>` ctype, for files whose tools wrote real inline elements. */
export const nativeForCtype = (
  ctype: string | undefined,
): { close: string; open: string } | undefined => {
  if (ctype === 'lb') return { close: '', open: '<br/>' }
  if (ctype === 'link' || ctype === 'x-link') return { close: '</a>', open: '<a>' }
  const format = FORMATS.find((f) => f.ctype === ctype)
  return format && { close: `</${format.tag}>`, open: `<${format.tag}>` }
}

/** Lexical inline nodes → XLIFF 1.2 content: `<bpt>/<ept>` pairs and `<ph>`, each holding its native code. */
export const inlineToXliff = (nodes: LexicalNode[]): string => {
  let next = 1
  const bpt = (id: number, ctype: string, native: string): string =>
    `<bpt id="${id}" ctype="${ctype}">${escapeXml(native)}</bpt>`
  const ept = (id: number, native: string): string => `<ept id="${id}">${escapeXml(native)}</ept>`
  const run = (children: LexicalNode[]): string => {
    const open: Array<{ id: number; tag: string; flag: number }> = []
    let out = ''
    const closeAll = (): void => {
      while (open.length) out += ept(open[open.length - 1]!.id, `</${open.pop()!.tag}>`)
    }
    for (const node of children) {
      if (isLink(node)) {
        closeAll()
        const id = next++
        out += bpt(id, 'link', nativeLink(linkUrl(node)))
        out += run(node.children ?? []) + ept(id, '</a>')
      } else if (node.type === 'linebreak')
        out += `<ph id="${next++}" ctype="lb">${escapeXml('<br/>')}</ph>`
      else if (node.type === 'tab') out += '\t'
      else if (typeof node.text === 'string') {
        const flags = typeof node.format === 'number' ? node.format : 0
        const keep = open.findIndex((o) => !(flags & o.flag))
        while (keep >= 0 && open.length > keep)
          out += ept(open[open.length - 1]!.id, `</${open.pop()!.tag}>`)
        for (const f of FORMATS) {
          if (flags & f.flag && !open.some((o) => o.flag === f.flag)) {
            const id = next++
            open.push({ flag: f.flag, id, tag: f.tag })
            out += bpt(id, f.ctype, `<${f.tag}>`)
          }
        }
        out += escapeXml(node.text)
      } else if (node.children) out += run(node.children)
    }
    closeAll()
    return out
  }
  return run(nodes)
}

const TOKEN = /<(\/?)(b|i|s|u|code|sub|sup|mark)>|<br\s*\/?>|<a(?:\s+href="([^"]*)")?\s*>|<\/a>/g

/**
 * Native markup → Lexical inline nodes. Links take their fields from the source's links in order, so a link's
 * type and document survive; a changed `href` on a custom link is kept (a French page may have its own URL).
 */
export const nativeToInline = (native: string, sourceLinks: LexicalNode[]): LexicalNode[] => {
  const top: LexicalNode[] = []
  let container = top
  let flags = 0
  let linkIndex = 0
  const text = (value: string): void => {
    if (!value) return
    const last = container[container.length - 1]
    if (last?.type === 'text' && last.format === flags) last.text += value
    else
      container.push({
        detail: 0,
        format: flags,
        mode: 'normal',
        style: '',
        text: value,
        type: 'text',
        version: 1,
      })
  }
  let at = 0
  for (const match of native.matchAll(TOKEN)) {
    text(native.slice(at, match.index))
    at = match.index + match[0].length
    const [token, closing, tag, href] = match
    const format = FORMATS.find((f) => f.tag === tag)
    if (format) flags = closing ? flags & ~format.flag : flags | format.flag
    else if (token.startsWith('<br')) container.push({ type: 'linebreak', version: 1 })
    else if (token === '</a>') container = top
    else if (container === top) {
      const source = sourceLinks[linkIndex++]
      const { children: _children, ...shape } = source ?? {
        fields: { linkType: 'custom', newTab: false, url: '' },
        type: 'link',
        version: 3,
      }
      const link: LexicalNode = structuredClone({ ...shape, children: [] as LexicalNode[] })
      const custom = link.fields?.linkType !== 'internal'
      if (href && custom && href !== linkUrl(link)) link.fields = { ...link.fields, url: href }
      if (!source && !href) continue
      top.push(link)
      container = link.children!
    }
  }
  text(native.slice(at))
  return top
}
