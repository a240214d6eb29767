import { getTranslation } from '@payloadcms/translations'
import type { UploadField, Validate } from 'payload'

import { tw } from '../../src/translations'
import { populateWithDocument } from './populateWithDocument'

import { idOf } from '../../src/workflow/ids'

type Options = {
  /** The field's label in both admin languages, e.g. "Captions"; messages name the field by it. */
  label: { en: string; fr: string }
  localized?: boolean
  mimeTypes: readonly string[]
  name: string
  /**
   * Populate the file (URL, sizes, language) whenever the document holding it is populated at the
   * read's last level, e.g. through a join at `depth=1` (see populateWithDocument).
   */
  populateWithDocument?: boolean
  required?: boolean
  /** Human name of the accepted format in both languages, e.g. "a WebVTT (.vtt) file". */
  wants: { en: string; fr: string }
}

const validateType =
  ({ label: labels, mimeTypes, required, wants: wanted }: Options): Validate =>
  async (value, { req }) => {
    const [label, wants] = [getTranslation(labels, req.i18n), getTranslation(wanted, req.i18n)]
    const id = idOf(value)
    if (id === null) {
      const needed = required && (req.locale === undefined || req.locale === 'en')
      return needed ? tw(req.t, 'errorUploadRequired', { label, wants }) : true
    }
    // The two stored columns the check needs, read without the upload's URL and size hooks.
    const media = (await req.payload.db
      .findOne({
        collection: 'media',
        req,
        select: { filename: true, mimeType: true },
        where: { id: { equals: id } },
      })
      .catch(() => null)) as { filename?: null | string; mimeType?: null | string } | null
    if (!media) return tw(req.t, 'errorUploadMissing', { id: String(id), label, wants })
    if (!mimeTypes.includes(media.mimeType ?? '')) {
      return tw(req.t, 'errorUploadType', {
        filename: media.filename ?? '',
        label,
        type: media.mimeType ?? tw(req.t, 'errorUploadUnknownType'),
        wants,
      })
    }
    return true
  }

/** An upload to `media` restricted to some file types, with a message naming the wrong file. */
export const uploadOfType = (options: Options): UploadField => ({
  name: options.name,
  type: 'upload',
  filterOptions: { mimeType: { in: [...options.mimeTypes] } },
  ...(options.populateWithDocument
    ? { hooks: { afterRead: [populateWithDocument('media')] } }
    : {}),
  label: options.label,
  localized: options.localized ?? false,
  relationTo: 'media',
  validate: validateType(options),
})
