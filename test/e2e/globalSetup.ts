import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'

import { build } from './helpers/build'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A file that appears once the admin build is over, holding its outcome (test/e2e/helpers/build.ts BuildOutcome). */
    e2eBuildFile: string
  }
}

/**
 * Starts building the admin (skipped when `.next` already holds these sources) and returns at once:
 * the build runs while the unit and integration files do (vitest.config.ts runs the browser tests
 * after them), and each browser test file waits for its outcome (test/e2e/helpers/app.ts).
 */
export default function setup(project: TestProject) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cms-e2e-build-'))
  const file = path.join(dir, 'outcome.json')
  const running = build(root)
  void running.done.then((outcome) => {
    console.log(
      `[e2e] next build ${outcome.skipped ? 'skipped (cached for these sources)' : `${outcome.error ? 'failed after' : 'took'} ${(outcome.ms / 1000).toFixed(1)} s`}`,
    )
    // Written whole, then renamed: a reader never sees half of it.
    writeFileSync(`${file}.tmp`, JSON.stringify(outcome))
    renameSync(`${file}.tmp`, file)
  })
  project.provide('e2eBuildFile', file)
  return () => {
    running.stop()
    rmSync(dir, { force: true, recursive: true })
  }
}
