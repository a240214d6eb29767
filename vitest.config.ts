import os from 'node:os'
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
    // One test file per core, at least two: a file spends much of its time waiting on PostgreSQL, a
    // child process or a timer (vitest's default, one less than the cores, runs one file at a time on 2).
    maxWorkers: Math.max(2, os.availableParallelism()),
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
          // PostgreSQL, and the admin build (next build, skipped when .next holds these sources), which
          // starts at once and runs while the unit and int files do.
          globalSetup: ['test/helpers/globalSetup.ts', 'test/e2e/globalSetup.ts'],
          // A file's first hook waits for that build when it is not over yet (npm run test:e2e).
          hookTimeout: 900_000,
          include: ['test/e2e/**/*.e2e.spec.ts'],
          name: 'e2e',
          pool: 'forks',
          // After the unit and int files: the build has had their time to finish.
          sequence: { groupOrder: 1 },
          testTimeout: 600_000,
        },
      },
    ],
  },
})
