import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import type { Env } from './env'

/**
 * Uploads go to an S3-compatible bucket when S3_BUCKET is set (AWS, MinIO, R2…), to MEDIA_DIR
 * otherwise. The plugin's fields are always in the schema, so switching storage needs no migration.
 * Without keys, the AWS SDK's own chain (instance role, AWS_* variables) supplies credentials.
 */
export const mediaStorage = (env: Env): Plugin => {
  if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
    throw new Error(
      'Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither (see .env.example).',
    )
  }
  return s3Storage({
    alwaysInsertFields: true,
    bucket: env.S3_BUCKET ?? 'unused',
    collections: { media: true },
    config: {
      credentials: env.S3_ACCESS_KEY_ID
        ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY! }
        : undefined,
      endpoint: env.S3_ENDPOINT,
      forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
      region: env.S3_REGION,
    },
    enabled: Boolean(env.S3_BUCKET),
  })
}
