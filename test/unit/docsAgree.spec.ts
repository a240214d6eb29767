import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

import { readEnv } from '../../src/app/env'
import { docBlocks, markdownFiles, MIN_DOC_COMMANDS } from '../helpers/docCommands'

/**
 * The docs (README.md, docs/**.md, bench/README.md) and .env.example name only scripts, settings, files
 * and pages that exist, so they cannot go stale. The curl commands themselves run in
 * test/int/docs-commands.int.spec.ts.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const read = (file: string) => readFileSync(path.join(root, file), 'utf8')
const scripts = Object.keys(
  (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts,
)
const exampleVariables = [...read('.env.example').matchAll(/^([A-Z][A-Z0-9_]+)=/gm)].map(
  (match) => match[1]!,
)
const unique = (values: string[]) => [...new Set(values)].sort()
const docs = markdownFiles(root).map((file) => ({
  file: path.relative(root, file),
  text: readFileSync(file, 'utf8'),
}))
const textOf = (file: string) => docs.find((doc) => doc.file === file)?.text ?? ''

/** One page per reader (issue 35): each exists and the README links to it. */
const PAGES = [
  'docs/editors.md',
  'docs/editors.fr.md',
  'docs/front-end.md',
  'docs/webhooks.md',
  'docs/operations.md',
  'docs/architecture.md',
  'docs/upstream.md',
  'bench/README.md',
]

/** What a doc shows as code: inline spans and fenced blocks. */
const codeOf = (text: string): string[] =>
  [...text.matchAll(/```[^\n]*\n([\s\S]*?)```/g)]
    .map((match) => match[1]!)
    .concat(
      [...text.replace(/```[\s\S]*?```/g, '').matchAll(/`([^`\n]+)`/g)].map((match) => match[1]!),
    )

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
const anchorsOf = (text: string): Set<string> => {
  const seen = new Map<string, number>()
  const anchors = new Set<string>()
  for (const [, heading] of text.replace(/```[\s\S]*?```/g, '').matchAll(/^#{1,6} (.+)$/gm)) {
    const base = heading!
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-')
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    anchors.add(count ? `${base}-${count}` : base)
  }
  return anchors
}

// Repository paths as docs write them: a top-level folder of the project, then a path.
const REPO_PATH =
  /(?<![\w./@$-])((?:src|test|hooks|collections|seed|bench|migrations|docs|patches|\.ci)\/(?:[\w./+-]|\(payload\))*|payload\.config\.ts|\.env\.example|vitest\.config\.ts)/g

describe('the docs agree with the code', () => {
  it('has one page per reader, each linked from the README, and a README under 200 lines', () => {
    expect(PAGES.filter((page) => !existsSync(path.join(root, page)))).toEqual([])
    expect(PAGES.filter((page) => !textOf('README.md').includes(`](${page})`))).toEqual([])
    expect(textOf('README.md').split('\n').length).toBeLessThan(200)
  })

  it('every `npm run <script>`, `npm test` and `npm start` a doc shows is a script of package.json', () => {
    const named = unique(
      docs.flatMap(({ text }) =>
        codeOf(text).flatMap((code) =>
          [...code.matchAll(/\bnpm (?:run ([a-z][\w:-]*)|(?!run\b)([a-z][\w:-]*))/g)].map(
            (match) => match[1] ?? `npm ${match[2]!}`,
          ),
        ),
      ),
    )
    const npmCommands = ['npm ci', 'npm install']
    const missing = named.filter((name) =>
      name.startsWith('npm ')
        ? !npmCommands.includes(name) && !scripts.includes(name.slice(4))
        : !scripts.includes(name),
    )
    expect(missing).toEqual([])
    expect(named).toEqual(
      expect.arrayContaining(['bench', 'dev', 'soak', 'npm test', 'npm install']),
    )
  })

  it('every repository path a doc mentions exists', () => {
    // docs/upstream.md names paths in Payload's and Next.js's repositories, not in this one.
    const missing = docs
      .filter(({ file }) => file !== 'docs/upstream.md')
      .flatMap(({ file, text }) =>
        [...text.matchAll(REPO_PATH)]
          .map((match) => match[1]!.replace(/[.,:;)]+$/, ''))
          .filter((name) => !/[<*…]/.test(name) && !existsSync(path.join(root, name)))
          .map((name) => `${file}: ${name}`),
      )
    expect(unique(missing)).toEqual([])
  })

  it('every relative link resolves, to a file and to a heading of it', () => {
    const broken = docs.flatMap(({ file, text }) =>
      [...text.replace(/```[\s\S]*?```/g, '').matchAll(/\]\(([^)\s]+)\)/g)]
        .map((match) => match[1]!)
        .filter((link) => !/^(https?:|mailto:)/.test(link))
        .filter((link) => {
          const [target, anchor] = link.split('#') as [string, string | undefined]
          const resolved = target
            ? path.join(path.dirname(path.join(root, file)), target)
            : path.join(root, file)
          if (!resolved.startsWith(root) || !existsSync(resolved)) return true
          return (
            anchor !== undefined &&
            resolved.endsWith('.md') &&
            !anchorsOf(readFileSync(resolved, 'utf8')).has(anchor)
          )
        })
        .map((link) => `${file}: ${link}`),
    )
    expect(broken).toEqual([])
  })

  it('no doc points at files a clone does not have', () => {
    expect(
      docs.filter(({ text }) => /\.\.\/shared|\/work\//.test(text)).map(({ file }) => file),
    ).toEqual([])
  })

  it(`the docs show at least ${MIN_DOC_COMMANDS} runnable curl commands`, () => {
    expect(docBlocks(root).flat().length).toBeGreaterThanOrEqual(MIN_DOC_COMMANDS)
  })

  it('every variable of the settings tables is in .env.example, and .env.example parses', () => {
    const tables = docs.flatMap(({ text }) =>
      [...text.matchAll(/^\| variable \| default \| what \|\n(?:\|.*\n)+/gm)].map(
        (match) => match[0],
      ),
    )
    const documented = unique(
      tables.flatMap((table) =>
        [...table.matchAll(/^\| (`[A-Z][^|]*)\|/gm)].flatMap((match) =>
          [...match[1]!.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((name) => name[1]!),
        ),
      ),
    )
    expect(documented.length).toBeGreaterThan(20)
    const soakOnly = documented.filter((name) => name.startsWith('SOAK_'))
    expect(
      documented.filter((name) => !exampleVariables.includes(name) && !soakOnly.includes(name)),
    ).toEqual([])
    const example = Object.fromEntries(
      exampleVariables.map((name) => [
        name,
        read('.env.example').match(new RegExp(`^${name}=(.*)$`, 'm'))![1]!,
      ]),
    )
    expect(() => readEnv(example)).not.toThrow()
  })

  it('every setting src/app/env.ts reads is documented in .env.example and in a settings table', () => {
    const envSource = read('src/app/env.ts')
    const read_ = unique(
      [...envSource.matchAll(/^ {2}([A-Z][A-Z0-9_]+): z/gm)].map((match) => match[1]!),
    ).filter((name) => name !== 'NODE_ENV')
    expect(read_.filter((name) => !exampleVariables.includes(name))).toEqual([])
    const tables = docs.map(({ text }) => text).join('\n')
    expect(read_.filter((name) => !tables.includes(`\`${name}\``))).toEqual([])
  })
})
