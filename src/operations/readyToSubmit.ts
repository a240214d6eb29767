import {
  APIError,
  beforeChangeTraverseFields,
  type CollectionSlug,
  type PayloadRequest,
  type ValidationFieldError,
} from 'payload'

import { tw } from '../translations'
import type { SanitizedWorkflowOptions } from '../types'
import { preservingLocale } from './preservingLocale'
import { readLatestSource } from './sourceHash'

/** A submission publish would refuse: `data.fields` lists each field (path, label, message). */
export class NotReadyError extends APIError<{ code: 'not_ready'; fields: ValidationFieldError[] }> {
  constructor(message: string, fields: ValidationFieldError[]) {
    super(message, 400, { code: 'not_ready', fields }, true)
    this.name = 'NotReadyError'
  }
}

/**
 * Payload skips validation on draft saves, so an untitled draft could pass submit and approve and
 * fail only at publish, in the reviewer's hands. Submit runs publish's own field validation (required
 * fields, slugs valid and free, custom validators) on the latest draft in the source locale, and
 * refuses with the fields by their labels, so the editor fixes them.
 */
export const assertReadyToSubmit = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  collectionSlug: string,
  id: number | string,
): Promise<void> => {
  const collection = req.payload.collections[collectionSlug as CollectionSlug]?.config
  const doc = collection && (await readLatestSource({ collection, options, req }, id))
  if (!collection || !doc) return
  const errors: ValidationFieldError[] = []
  const data = structuredClone(doc)
  await preservingLocale(req, async () => {
    req.locale = options.sourceLocale as 'en'
    req.fallbackLocale = false
    await beforeChangeTraverseFields({
      collection,
      context: {},
      data,
      doc,
      docWithLocales: {},
      errors,
      fieldLabelPath: '',
      fields: collection.fields,
      global: null,
      id,
      mergeLocaleActions: [],
      operation: 'update',
      overrideAccess: true,
      parentIndexPath: '',
      parentIsLocalized: false,
      parentPath: '',
      parentSchemaPath: '',
      req,
      siblingData: data,
      siblingDoc: doc,
      siblingDocWithLocales: {},
      skipValidation: false,
    })
  })
  if (errors.length === 0) return
  const fields = [...new Set(errors.map((error) => error.label || error.path))].join(', ')
  throw new NotReadyError(tw(req.t, 'errorNotReady', { count: errors.length, fields }), errors)
}
