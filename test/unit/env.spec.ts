import { describe, expect, it } from 'vitest'

import { readEnv } from '../../src/app/env'

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
    expect(() => readEnv({ EMBEDDED_PG_PORT: 'abc', MEDIA_MAX_BYTES: '-5' })).toThrow(
      /^Invalid environment \(EMBEDDED_PG_PORT: .+; MEDIA_MAX_BYTES: .+\): fix these variables \(see \.env\.example\)\.$/,
    )
  })

  it('reads replica URIs as a comma-separated list, refusing anything but postgres URIs', () => {
    expect(readEnv({}).DATABASE_READ_REPLICA_URIS).toEqual([])
    expect(readEnv({ DATABASE_READ_REPLICA_URIS: 'postgres://r1/cms, postgresql://r2/cms' }).DATABASE_READ_REPLICA_URIS).toEqual(['postgres://r1/cms', 'postgresql://r2/cms'])
    expect(() => readEnv({ DATABASE_READ_REPLICA_URIS: 'postgres://r1/cms,mysql://r2' })).toThrow(
      'Invalid environment (DATABASE_READ_REPLICA_URIS.1: each replica URI starts with postgres:// or postgresql://): fix these variables (see .env.example).',
    )
  })
})
