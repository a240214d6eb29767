import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'

import { ensureBuilt } from './helpers/build'

declare module 'vitest' {
  export interface ProvidedContext {
    /** How the admin build went: skipped when `.next` already held a build of these sources. */
    e2eBuild: { ms: number; skipped: boolean }
  }
}

/** Builds the admin once, before any test starts, so that the build does not compete with running tests. */
export default function setup(project: TestProject) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
  const build = ensureBuilt(root)
  console.log(`[e2e] next build ${build.skipped ? 'skipped (cached for these sources)' : `took ${(build.ms / 1000).toFixed(1)} s`}`)
  project.provide('e2eBuild', build)
}
