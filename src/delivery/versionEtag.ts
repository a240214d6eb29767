/**
 * The ETag of a document's stored version, for writes: weak, built from its `updatedAt` (every save
 * sets it). GET by id returns it to signed-in callers (with `?draft=true`: the working copy's), and
 * a write with `If-Match` must name it. Anonymous reads keep the strong content ETag of
 * cacheHeaders.ts, which CDNs compare with If-None-Match.
 */
export const versionEtag = (updatedAt: Date | string): string =>
  `W/"${new Date(updatedAt).toISOString()}"`

const opaque = (tag: string) => tag.trim().replace(/^W\//, '')

/** Whether an If-Match header names `etag` (weak comparison, RFC 9110 §13.1.1; `*` matches any). */
export const ifMatchAccepts = (header: string, etag: string): boolean =>
  header
    .split(',')
    .some((candidate) => candidate.trim() === '*' || opaque(candidate) === opaque(etag))

/** The version ETag of a document JSON body (GET by id) or of its `doc` (a write's answer), if it has one. */
export const versionEtagOfBody = (body: unknown): null | string => {
  const doc =
    (body as { doc?: { updatedAt?: unknown } } | null)?.doc ??
    (body as { updatedAt?: unknown } | null)
  const updatedAt = doc?.updatedAt
  return typeof updatedAt === 'string' && !Number.isNaN(Date.parse(updatedAt))
    ? versionEtag(updatedAt)
    : null
}
