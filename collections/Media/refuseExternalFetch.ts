import type { UploadConfig } from 'payload'

/** What to tell a caller who asked media to fetch a file from a URL. */
export const externalFetchMessage = (url: string) =>
  `Media does not fetch files from URLs (here "${url}"); external URLs, and above all addresses on private networks, are not allowed: download the file and upload it instead.`

export const EXTERNAL_FETCH_MARKER = 'Media does not fetch files from URLs'

/**
 * Payload calls this just before it fetches a create's `url` (REST, GraphQL, Local API without
 * overrideAccess): refusing here means nothing is fetched, so a fetched file never skips
 * refuseUnsafeUploads, and no request goes to a private address. Payload wraps the throw in a
 * FileRetrievalError (500); externalFetchIs400 answers 400 instead.
 */
export const refuseExternalFetch: NonNullable<UploadConfig['externalFileHeaderFilter']> = (
  _headers,
  context,
) => {
  throw new Error(externalFetchMessage(context?.url ?? 'an external URL'))
}
