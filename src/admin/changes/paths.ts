// Component paths for Payload's import map, relative to the app's `admin.importMap.baseDir`.
const base = '/src/admin/changes'

export const CHANGES_COMPONENTS = {
  changesView: `${base}/ChangesView#ChangesView`,
  noDiff: `${base}/NoDiff#NoDiff`,
} as const
