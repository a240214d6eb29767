import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/** One shell command from a document: where it is, the command, and the status its comment promises (`# 400`). */
export type DocCommand = { command: string; expected: null | number; file: string; line: number }

/** The fewest runnable curl commands the docs show: a split or an edit that loses some fails the doc tests. */
export const MIN_DOC_COMMANDS = 38

/** A block of commands that share shell variables (`etag=$(curl …)` then `curl -H "If-None-Match: $etag" …`). */
export type DocBlock = DocCommand[]

// Commands that need what a reader of the docs brings and a test does not: their own files, another host.
const NEEDS_OUTSIDE = [
  /(^|\s)(-F|--form|--data-binary|-T)\s+\S*@/,
  /@[\w.-]+\.(xlf|po|vtt|png|pdf)\b/,
  /example\.(org|com)/,
  /localhost:(?!3000\b)\d+/,
]

/** The documentation pages: README.md, every Markdown file under docs/, and bench/README.md. */
export const markdownFiles = (root: string): string[] => {
  const inDir = (dir: string): string[] =>
    statSync(dir, { throwIfNoEntry: false })?.isDirectory()
      ? readdirSync(dir).flatMap((name) => {
          const full = path.join(dir, name)
          return statSync(full).isDirectory() ? inDir(full) : name.endsWith('.md') ? [full] : []
        })
      : []
  const bench = path.join(root, 'bench', 'README.md')
  return [
    path.join(root, 'README.md'),
    ...inDir(path.join(root, 'docs')),
    ...(statSync(bench, { throwIfNoEntry: false }) ? [bench] : []),
  ]
}

/** The `curl` commands of every ```sh / ```bash block of one Markdown text, continuation lines joined. */
export const commandsIn = (text: string, file: string): DocBlock[] => {
  const blocks: DocBlock[] = []
  let fenced = false
  let block: DocBlock | null = null
  let pending: null | { line: number; text: string } = null
  text.split('\n').forEach((raw, index) => {
    const fence = /^```(\w*)/.exec(raw.trim())
    if (fence) {
      if (fenced && block?.length) blocks.push(block)
      block = !fenced && ['bash', 'sh', 'shell'].includes(fence[1]!) ? [] : null
      fenced = !fenced
      pending = null
      return
    }
    if (!block) return
    const joined = pending ? `${pending.text} ${raw.trim()}` : raw.trim()
    const start = pending?.line ?? index + 1
    if (joined.endsWith('\\')) {
      pending = { line: start, text: joined.slice(0, -1).trim() }
      return
    }
    pending = null
    if (!/(^|[\s$(])curl\s/.test(joined) || joined.startsWith('#')) return
    if (NEEDS_OUTSIDE.some((pattern) => pattern.test(joined))) return
    const expected = /#\s*(\d{3})\b/.exec(joined)
    block.push({
      command: joined,
      expected: expected ? Number(expected[1]) : null,
      file,
      line: start,
    })
  })
  return blocks
}

/** Every runnable `curl` command of README.md, docs/**.md and bench/README.md under `root`. */
export const docBlocks = (root: string): DocBlock[] =>
  markdownFiles(root).flatMap((file) =>
    commandsIn(readFileSync(file, 'utf8'), path.relative(root, file)),
  )
