import type { CollectionConfig, Validate } from 'payload'

import { byRoles, staffOnly, anyone } from '../../src/access/roles'
import { tw } from '../../src/translations'
import { appLabel } from '../../src/translations/app'
import { CONTENT_LOCALES, languageField } from './language'
import { missingFileIs404 } from './missingFileIs404'
import { refuseExternalFetch } from './refuseExternalFetch'
import { refuseUnsafeUploads, type UploadLimits } from './refuseUnsafeUploads'
import { isImageType, MEDIA_MIME_TYPES } from './types'

const altRequiredForImagesInEnglish: Validate<string> = (value, { req, siblingData }) => {
  const mimeType = (siblingData as { mimeType?: string }).mimeType
  if (value || req.locale === 'fr' || !isImageType(mimeType)) return true
  return tw(req.t, 'errorAltRequired')
}

export const createMedia = ({
  limits,
  locales = CONTENT_LOCALES,
  staticDir,
}: {
  limits: UploadLimits
  /** The config's locales, the values of `language`. */
  locales?: readonly string[]
  staticDir: string
}): CollectionConfig<'media'> => ({
  slug: 'media',
  access: {
    create: staffOnly,
    delete: byRoles('admin', 'editor'),
    read: anyone,
    update: staffOnly,
  },
  admin: { group: appLabel('groupLibrary'), useAsTitle: 'filename' },
  fields: [
    {
      name: 'alt',
      type: 'text',
      admin: { description: appLabel('altDescription') },
      label: appLabel('alt'),
      localized: true,
      validate: altRequiredForImagesInEnglish,
    },
    { name: 'credit', type: 'text', label: appLabel('credit') },
    languageField(locales),
  ],
  hooks: { beforeOperation: [refuseUnsafeUploads(limits)] },
  upload: {
    constructorOptions: { limitInputPixels: limits.maxPixels },
    // Files are uploaded, never fetched from a URL by the server (issue [1/7]).
    externalFileHeaderFilter: refuseExternalFetch,
    focalPoint: true,
    handlers: [missingFileIs404],
    imageSizes: [
      {
        name: 'thumbnail',
        fit: 'inside',
        formatOptions: { format: 'webp' },
        height: 300,
        width: 300,
        withoutEnlargement: true,
      },
      {
        name: 'card',
        fit: 'inside',
        formatOptions: { format: 'webp' },
        width: 768,
        withoutEnlargement: true,
      },
      {
        name: 'hero',
        fit: 'inside',
        formatOptions: { format: 'webp' },
        width: 1600,
        withoutEnlargement: true,
      },
    ],
    mimeTypes: [...MEDIA_MIME_TYPES],
    staticDir,
  },
  labels: { plural: appLabel('mediaItems'), singular: appLabel('mediaItem') },
})
