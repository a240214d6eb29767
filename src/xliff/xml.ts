import { malformed } from './errors'

export type XmlElement = {
  attrs: Record<string, string>
  children: XmlNode[]
  line: number
  /** Local name, without prefix. */
  name: string
  /** Resolved namespace URI ('' when none). */
  ns: string
}
export type XmlNode = string | XmlElement

// XML 1.0 forbids these characters outright; they cannot even be escaped.
/* eslint-disable no-control-regex -- the forbidden characters are control characters */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g
const HAS_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/
/* eslint-enable no-control-regex */
const ESCAPES: Record<string, string> = {
  '"': '&quot;',
  '&': '&amp;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
  '\r': '&#13;',
}

export const escapeXml = (text: string): string =>
  text.replace(FORBIDDEN, '').replace(/[&<>"'\r]/g, (c) => ESCAPES[c] ?? c)

const ENTITIES: Record<string, string> = { amp: '&', apos: "'", gt: '>', lt: '<', quot: '"' }
const NAME = /[A-Za-z_][\w.:-]*/y

/** A small strict XML reader: elements, attributes, text, CDATA, comments; no DTD, no custom entities. */
export const parseXml = (xml: string): XmlElement => {
  let pos = xml.charCodeAt(0) === 0xfeff ? 1 : 0
  const lineAt = (at: number): number => xml.slice(0, at).split('\n').length
  const fail = (problem: string, at = pos): never => {
    throw malformed(lineAt(at), problem)
  }
  const name = (): string => {
    NAME.lastIndex = pos
    const match = NAME.exec(xml)
    if (!match)
      fail(`expected a name but found "${xml.slice(pos, pos + 10) || 'the end of the file'}"`)
    pos = NAME.lastIndex
    return match![0]
  }
  const skipSpace = (): void => {
    while (/\s/.test(xml[pos] ?? '')) pos++
  }
  const decode = (raw: string, at: number): string => {
    if (HAS_FORBIDDEN.test(raw)) fail('a control character is not allowed in XML', at)
    return raw.replace(/&([^;\s&<]*);?/g, (whole, ref: string) => {
      if (!whole.endsWith(';')) fail('"&" must be written "&amp;"', at)
      const code = ref.startsWith('#x')
        ? parseInt(ref.slice(2), 16)
        : ref.startsWith('#')
          ? parseInt(ref.slice(1), 10)
          : NaN
      const known =
        ENTITIES[ref] ??
        (Number.isInteger(code) && code > 0 && code <= 0x10ffff
          ? String.fromCodePoint(code)
          : undefined)
      return known ?? fail(`unknown entity "&${ref};"`, at)
    })
  }
  const until = (end: string, what: string): string => {
    const stop = xml.indexOf(end, pos)
    if (stop < 0) fail(`${what} is never closed`)
    const body = xml.slice(pos, stop)
    pos = stop + end.length
    return body
  }
  /** Skips comments, processing instructions and CDATA-free misc; returns true if something was skipped. */
  const misc = (): boolean => {
    if (xml.startsWith('<!--', pos)) return ((pos += 4), until('-->', 'a comment'), true)
    if (xml.startsWith('<?', pos))
      return ((pos += 2), until('?>', 'a processing instruction'), true)
    if (xml.startsWith('<!DOCTYPE', pos)) fail('a DOCTYPE is not allowed in an XLIFF file')
    return false
  }
  const element = (scope: Record<string, string>): XmlElement => {
    const start = pos
    pos++
    const qname = name()
    const raw: Record<string, string> = {}
    for (;;) {
      const before = pos
      skipSpace()
      if (xml.startsWith('/>', pos) || xml[pos] === '>') break
      if (pos === before) fail(`expected a space, ">" or "/>" in <${qname}>`)
      const attr = name()
      skipSpace()
      if (xml[pos] !== '=') fail(`attribute "${attr}" has no value`)
      pos++
      skipSpace()
      const quote = xml[pos]
      if (quote !== '"' && quote !== "'") fail(`the value of "${attr}" must be in quotes`)
      const valueAt = ++pos
      const value = until(quote!, `the value of "${attr}"`)
      if (value.includes('<')) fail(`"<" is not allowed in the value of "${attr}"`, valueAt)
      if (attr in raw) fail(`attribute "${attr}" appears twice`)
      raw[attr] = decode(value, valueAt).replace(/[\t\n\r]/g, ' ')
    }
    const ns = { ...scope }
    const attrs: Record<string, string> = {}
    for (const [key, value] of Object.entries(raw)) {
      if (key === 'xmlns') ns[''] = value
      else if (key.startsWith('xmlns:')) ns[key.slice(6)] = value
      else attrs[key] = value
    }
    const [prefix, local] = qname.includes(':') ? qname.split(':', 2) : ['', qname]
    if (!(prefix! in ns) && prefix) fail(`prefix "${prefix}" is not declared`, start)
    const node: XmlElement = {
      attrs,
      children: [],
      line: lineAt(start),
      name: local!,
      ns: ns[prefix!] ?? '',
    }
    if (xml.startsWith('/>', pos)) return ((pos += 2), node)
    pos++
    for (;;) {
      const textAt = pos
      while (pos < xml.length && xml[pos] !== '<') pos++
      if (pos > textAt) node.children.push(decode(xml.slice(textAt, pos), textAt))
      if (pos >= xml.length) fail(`<${qname}> (line ${node.line}) is never closed`)
      if (xml.startsWith('</', pos)) {
        const closeAt = pos
        pos += 2
        const closing = name()
        skipSpace()
        if (closing !== qname)
          fail(
            `expected </${qname}> (opened on line ${node.line}) but found </${closing}>`,
            closeAt,
          )
        if (xml[pos] !== '>') fail(`expected ">" after </${closing}`)
        pos++
        return node
      }
      if (xml.startsWith('<![CDATA[', pos)) {
        pos += 9
        node.children.push(until(']]>', 'a CDATA section'))
      } else if (!misc()) node.children.push(element(ns))
    }
  }
  const prolog = (): void => {
    for (;;) {
      skipSpace()
      if (!misc()) return
    }
  }
  prolog()
  if (xml[pos] !== '<')
    fail(pos >= xml.length ? 'the file is empty' : 'text is not allowed before the root element')
  const root = element({ xml: 'http://www.w3.org/XML/1998/namespace' })
  prolog()
  if (pos < xml.length) fail('only one root element is allowed; remove what follows it')
  return root
}
