import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

import { readEnv } from '../../src/app/env'

/** The README and .env.example name only scripts and settings that exist, so they cannot go stale. */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const read = (file: string) => readFileSync(path.join(root, file), 'utf8')
const readme = read('README.md')
const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts)
const exampleVariables = [...read('.env.example').matchAll(/^([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1]!)
const unique = (values: string[]) => [...new Set(values)].sort()

describe('the docs agree with the code', () => {
  it('every `npm run <script>` in the README is a script of package.json', () => {
    const named = unique([...readme.matchAll(/npm run ([a-z][\w:-]*)/g)].map((match) => match[1]!))
    expect(named.filter((name) => !scripts.includes(name))).toEqual([])
    expect(named).toEqual(expect.arrayContaining(['bench', 'dev', 'soak']))
  })

  it('every variable of the README configuration table is in .env.example, and .env.example parses', () => {
    const table = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('## Scripts'))
    const documented = unique([...table.matchAll(/^\| (`[A-Z][^|]*)\|/gm)].flatMap((match) => [...match[1]!.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((name) => name[1]!)))
    expect(documented.length).toBeGreaterThan(20)
    expect(documented.filter((name) => !exampleVariables.includes(name))).toEqual([])
    const example = Object.fromEntries(exampleVariables.map((name) => [name, read('.env.example').match(new RegExp(`^${name}=(.*)$`, 'm'))![1]!]))
    expect(() => readEnv(example)).not.toThrow()
  })

  it('every setting src/app/env.ts reads is documented in .env.example', () => {
    const envSource = read('src/app/env.ts')
    const read_ = unique([...envSource.matchAll(/^ {2}([A-Z][A-Z0-9_]+): z/gm)].map((match) => match[1]!))
    expect(read_.filter((name) => !exampleVariables.includes(name) && name !== 'NODE_ENV')).toEqual([])
  })
})
