/** Path of the "changes" document view, under the document's own path. */
export const CHANGES_VIEW_PATH = '/changes' as const

/** Admin URL of a document's "Changes since the last review" view: `changesHref(routes.admin, 'policy-statements', 4)`. */
export const changesHref = (adminRoute: string, collection: string, id: number | string): string =>
  `${adminRoute.replace(/\/$/, '')}/collections/${collection}/${encodeURIComponent(String(id))}${CHANGES_VIEW_PATH}`
