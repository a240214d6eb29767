import { spawnSync } from 'node:child_process'
import net from 'node:net'

import { describe, expect, it } from 'vitest'

import { checkDatabaseUri } from '../../src/app/db/checkDatabaseUri'
import { findFreePort } from '../../src/app/db/port'

const cli = (script: string, args: string[], env: Record<string, string>) =>
  spawnSync('node_modules/.bin/tsx', [script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  })

describe('DATABASE_URI checks', () => {
  it('names an unreachable server and what to do', async () => {
    const port = await findFreePort()
    await expect(checkDatabaseUri(`postgres://u:p@127.0.0.1:${port}/cms`, 2000)).rejects.toThrow(
      new RegExp(
        `^Cannot reach the PostgreSQL in DATABASE_URI \\(127\\.0\\.0\\.1:${port}: .+\\): start that server, fix DATABASE_URI, or unset it to use the embedded PostgreSQL\\.$`,
      ),
    )
  })

  it('refuses a value that is not a URL', async () => {
    await expect(checkDatabaseUri('not a url')).rejects.toThrow(
      'DATABASE_URI is not a valid URL: use postgres://user:password@host:5432/database, or unset it to use the embedded PostgreSQL.',
    )
  })
})

describe('command line start-up errors are one line', () => {
  it('npm run payload / seed with an unreachable DATABASE_URI', async () => {
    const port = await findFreePort()
    const result = cli('src/app/cli/run.ts', ['payload', 'migrate:status'], {
      DATABASE_URI: `postgres://u:p@127.0.0.1:${port}/cms`,
    })
    expect(result.status).toBe(1)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/^Error: Cannot reach the PostgreSQL in DATABASE_URI/)
  })

  it('npm run dev with the web port taken', async () => {
    const server = net.createServer().listen(0, '0.0.0.0')
    await new Promise((resolve) => server.once('listening', resolve))
    const port = (server.address() as net.AddressInfo).port
    try {
      const result = cli('src/app/cli/dev.ts', [], { PORT: String(port) })
      expect(result.status).toBe(1)
      expect(result.stderr.trim()).toBe(
        `Error: Port ${port} is taken: stop what listens there or start with PORT=3001 npm run dev.`,
      )
    } finally {
      server.close()
    }
  })
})
