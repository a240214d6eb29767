import { spawn } from 'node:child_process'
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../seed'
import { readEnv } from '../../src/app/env'
import { type DocBlock, docBlocks, MIN_DOC_COMMANDS } from '../helpers/docCommands'
import { type ApiServer, startApiServer } from '../helpers/httpServer'
import { initPayload, type TestContext } from '../helpers/initPayload'

/**
 * Every `curl` command the docs show (README.md, docs/**.md, bench/README.md: the sh blocks), run as written against
 * the seeded app over HTTP, with the documented host swapped for the test server's and the tokens the
 * docs name set from the demo users. Each must run (curl exits 0: a `where[…]` without `-g` does not),
 * never answer 5xx, and answer the status its comment promises (`# 400`, `# 304`). Commands that need
 * the reader's own files or another host are left out (see test/helpers/docCommands.ts).
 */
let ctx: TestContext
let payload: Payload
let server: ApiServer
const tokens: Record<string, string> = {}
beforeAll(async () => {
  ctx = await initPayload()
  payload = ctx.payload
  await seed(payload, { log: () => undefined })
  server = await startApiServer()
  const password = readEnv().SEED_DEMO_PASSWORD
  for (const [role, email] of Object.entries({
    ADMIN: 'admin',
    EDITOR: 'editor',
    REVIEWER: 'reviewer',
    TRANSLATOR: 'translator',
  })) {
    const response = await fetch(`${server.url}/api/users/login`, {
      body: JSON.stringify({ email: `${email}@example.org`, password }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    const { token } = (await response.json()) as { token: string }
    tokens[role] = token
    tokens[`${role}_TOKEN`] = token
  }
  tokens.TOKEN = tokens.ADMIN!
}, 300_000)
afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
})

type Outcome = { exit: number; statuses: number[] }

/** A shell script's output; asynchronous, so that the server in this process can answer it. */
const bash = (script: string, env: NodeJS.ProcessEnv): Promise<string> =>
  new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script], { env })
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.on('error', reject)
    child.on('close', () => resolve(stdout))
  })

/** Runs one block in one shell (later commands see earlier variables); what each command answered. */
const run = async (block: DocBlock): Promise<Outcome[]> => {
  const host = server.url.replace(/^http:\/\//, '')
  const script = [
    // The status goes to stderr (after the doc's own options, so a `-w` of the doc does not replace it), out of the doc's pipes.
    `curl() { command curl "$@" --silent --show-error --max-time 30 --write-out '%{stderr}__STATUS__ %{http_code}\\n'; }`,
    ...block.flatMap((doc, index) => [
      `echo "__COMMAND__ ${index}"`,
      `{ ${doc.command.replace(/http:\/\/localhost:3000/g, server.url).replace(/localhost:3000/g, host)}\n} 2>&1`,
      `echo "__EXIT__ ${index} $?"`,
    ]),
  ].join('\n')
  const result = { stdout: await bash(script, { ...process.env, ...tokens }) }
  return block.map((_, index) => {
    const start = result.stdout.indexOf(`__COMMAND__ ${index}\n`)
    const end = result.stdout.indexOf(`__EXIT__ ${index} `, start)
    const output = result.stdout.slice(start, end)
    const exit = Number(
      /^(\d+)/.exec(result.stdout.slice(end + `__EXIT__ ${index} `.length))?.[1] ?? -1,
    )
    return {
      exit,
      statuses: [...output.matchAll(/__STATUS__ (\d{3})/g)].map((match) => Number(match[1])),
    }
  })
}

describe('the commands in the docs, against the seeded app', () => {
  it('run, never answer 5xx, and answer what their comments say', async () => {
    const blocks = docBlocks(process.cwd())
    // A split or an edit of the docs must not silently lose commands (test/unit/docsAgree.spec.ts checks the same without a database).
    expect(blocks.flat().length).toBeGreaterThanOrEqual(MIN_DOC_COMMANDS)
    const problems: string[] = []
    let ran = 0
    for (const block of blocks) {
      const outcomes = await run(block)
      ran += outcomes.length
      outcomes.forEach(({ exit, statuses }, index) => {
        const doc = block[index]!
        const where = `${doc.file}:${doc.line} ${doc.command}`
        if (exit !== 0) problems.push(`${where}\n  exited ${exit}`)
        if (statuses.length === 0) problems.push(`${where}\n  made no request`)
        if (statuses.some((status) => status >= 500 || status === 0))
          problems.push(`${where}\n  answered ${statuses.join(', ')}`)
        if (doc.expected !== null && statuses.at(-1) !== doc.expected)
          problems.push(`${where}\n  answered ${statuses.join(', ')}, the doc says ${doc.expected}`)
      })
    }
    expect(problems).toEqual([])
    expect(ran).toBeGreaterThanOrEqual(MIN_DOC_COMMANDS)
  }, 600_000)
})
