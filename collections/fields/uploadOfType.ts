import type { UploadField, Validate } from 'payload'

import { idOf } from '../../src/workflow/state'

type Options = {
  /** The field's label in both admin languages; messages use the English one, e.g. "Captions". */
  label: { en: string; fr: string }
  localized?: boolean
  mimeTypes: readonly string[]
  name: string
  required?: boolean
  /** Human name of the accepted format, e.g. "a WebVTT (.vtt) file". */
  wants: string
}

const validateType =
  ({ label: { en: label }, mimeTypes, required, wants }: Options): Validate =>
  async (value, { req }) => {
    const id = idOf(value)
    if (id === null) {
      const needed = required && (req.locale === undefined || req.locale === 'en')
      return needed ? `${label} is required in English: upload ${wants}.` : true
    }
    // The two stored columns the check needs, read without the upload's URL and size hooks.
    const media = (await req.payload.db
      .findOne({ collection: 'media', req, select: { filename: true, mimeType: true }, where: { id: { equals: id } } })
      .catch(() => null)) as { filename?: null | string; mimeType?: null | string } | null
    if (!media) return `${label}: media ${id} does not exist; upload ${wants}.`
    if (!mimeTypes.includes(media.mimeType ?? '')) {
      return `${label} must be ${wants}; "${media.filename}" is ${media.mimeType ?? 'of unknown type'}.`
    }
    return true
  }

/** An upload to `media` restricted to some file types, with a message naming the wrong file. */
export const uploadOfType = (options: Options): UploadField => ({
  name: options.name,
  type: 'upload',
  filterOptions: { mimeType: { in: [...options.mimeTypes] } },
  label: options.label,
  localized: options.localized ?? false,
  relationTo: 'media',
  validate: validateType(options),
})
