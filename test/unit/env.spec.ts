import { describe, expect, it } from 'vitest'

import { EnvError, readEnv } from '../../src/app/env'

/** The variables a bad environment names (an EnvError's), or null when it is accepted. */
const badVariables = (source: Record<string, string>): null | string[] => {
  try {
    readEnv(source)
    return null
  } catch (error) {
    if (error instanceof EnvError) return error.variables
    throw error
  }
}

describe('readEnv', () => {
  it('applies the documented defaults', () => {
    const env = readEnv({})
    expect(env).toMatchObject({
      EMBEDDED_PG_DIR: '.data/postgres',
      EMBEDDED_PG_PORT: 54329,
      MEDIA_MAX_BYTES: 20 * 1024 * 1024,
      MEDIA_MAX_PIXELS: 50_000_000,
      NODE_ENV: 'development',
      PORT: 3000,
      SEED_DEMO_PASSWORD: 'demo-password-2024',
    })
    expect(env.DATABASE_URI).toBeUndefined()
  })

  it('treats empty values as unset', () => {
    const env = readEnv({ DATABASE_URI: '', PORT: '' })
    expect([env.DATABASE_URI, env.PORT]).toEqual([undefined, 3000])
  })

  it('names every bad variable in one message', () => {
    const source = { EMBEDDED_PG_PORT: 'abc', MEDIA_MAX_BYTES: '-5' }
    expect(badVariables(source)).toEqual(['EMBEDDED_PG_PORT', 'MEDIA_MAX_BYTES'])
    expect(() => readEnv(source)).toThrow(/EMBEDDED_PG_PORT: .+; MEDIA_MAX_BYTES: /)
  })

  it('reads replica URIs as a comma-separated list, refusing anything but postgres URIs', () => {
    expect(readEnv({}).DATABASE_READ_REPLICA_URIS).toEqual([])
    expect(
      readEnv({ DATABASE_READ_REPLICA_URIS: 'postgres://r1/cms, postgresql://r2/cms' })
        .DATABASE_READ_REPLICA_URIS,
    ).toEqual(['postgres://r1/cms', 'postgresql://r2/cms'])
    expect(badVariables({ DATABASE_READ_REPLICA_URIS: 'postgres://r1/cms,mysql://r2' })).toEqual([
      'DATABASE_READ_REPLICA_URIS.1',
    ])
  })
})
