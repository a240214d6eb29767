import { stat } from 'node:fs/promises'
import path from 'node:path'
import type { PayloadRequest, UploadConfig } from 'payload'

import { tw } from '../../src/translations'

const answerIfMissing = async (
  req: PayloadRequest,
  collection: string,
  filename: string,
): Promise<Response | undefined> => {
  const upload = req.payload.collections[collection as 'media']?.config.upload
  if (!upload || upload.disableLocalStorage || !upload.staticDir) return undefined
  const folder = path.resolve(upload.staticDir)
  const file = path.resolve(folder, filename)
  if (!file.startsWith(folder + path.sep)) return undefined
  const found = await stat(file).then(
    () => true,
    (error: NodeJS.ErrnoException) => error.code !== 'ENOENT',
  )
  if (found) return undefined
  req.payload.logger.error(`File ${filename} of ${collection} is missing from ${folder}.`)
  return Response.json(
    {
      errors: [
        { data: { code: 'file_missing' }, message: tw(req.t, 'errorFileMissing', { filename }) },
      ],
    },
    { status: 404 },
  )
}

/**
 * A file whose document exists but which is gone from MEDIA_DIR answers 404 `file_missing` with
 * what to do, in the caller's language; Payload 3.90 answers 500 "Something went wrong". Runs before Payload serves from disk and steps
 * aside (no answer) when a storage adapter (S3) serves the collection, or when the name leaves the
 * folder (Payload refuses that with 400).
 */
export const missingFileIs404: NonNullable<UploadConfig['handlers']>[number] = (req, { params }) =>
  // Payload's type lists Promise<Response> | Promise<void>, not the Promise<Response | void> this is.
  answerIfMissing(req, params.collection, params.filename) as Promise<Response>
