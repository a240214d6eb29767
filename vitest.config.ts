import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = path.dirname(fileURLToPath(import.meta.url))
const alias = { '@payload-config': path.resolve(root, 'payload.config.ts') }
// translate-toolkit's commands (test/unit/xliff-toolkit.spec.ts runs them by name) from TRANSLATE_TOOLKIT_BIN when set.
const toolkit = process.env.TRANSLATE_TOOLKIT_BIN
const env = toolkit ? { PATH: `${toolkit}${path.delimiter}${process.env.PATH ?? ''}` } : {}

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: { env, environment: 'node', include: ['test/unit/**/*.spec.ts'], name: 'unit' },
      },
      {
        resolve: { alias },
        test: {
          environment: 'node',
          globalSetup: ['test/helpers/globalSetup.ts'],
          hookTimeout: 120_000,
          include: ['test/int/**/*.int.spec.ts'],
          name: 'int',
          pool: 'forks',
          testTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          environment: 'node',
          // PostgreSQL, and the admin built once (next build, skipped when .next holds these sources).
          globalSetup: ['test/helpers/globalSetup.ts', 'test/e2e/globalSetup.ts'],
          hookTimeout: 300_000,
          include: ['test/e2e/**/*.e2e.spec.ts'],
          name: 'e2e',
          pool: 'forks',
          testTimeout: 600_000,
        },
      },
    ],
  },
})
