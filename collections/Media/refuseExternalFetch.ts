import type { UploadConfig } from 'payload'

/**
 * How the refusal travels through Payload's FileRetrievalError, which keeps only a message: a code
 * and the URL (encoded, so without spaces or brackets), which externalFetchIs400 reads back to answer
 * in the caller's language; the English sentence after it is for logs and Local API callers.
 */
export const EXTERNAL_FETCH_MARKER = /\[external_fetch ([^\s\]]+)\]/

/** The URL a FileRetrievalError's message carries when refuseExternalFetch threw it, else null. */
export const refusedFetchUrl = (message: string): null | string => {
  const encoded = EXTERNAL_FETCH_MARKER.exec(message)?.[1]
  if (encoded === undefined) return null
  try {
    return decodeURIComponent(encoded)
  } catch {
    return null
  }
}

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
  const url = context?.url ?? 'an external URL'
  throw new Error(
    `[external_fetch ${encodeURIComponent(url)}] Media does not fetch files from URLs (here "${url}"); external URLs, and above all addresses on private networks, are not allowed: download the file and upload it instead.`,
  )
}
