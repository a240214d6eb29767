import type { CollectionAfterReadHook } from 'payload'

import { isWorkflowStaff } from '../src/access/roles'
import type { SanitizedWorkflowOptions } from '../src/types'
import { DELIVERY_FIELD, FALLBACK_FIELDS } from '../src/workflow/fieldNames'

/**
 * A reader's target-locale read with `fallback-locale=none`: the fields the marker lists as served in
 * the source language (`translation.fallbackFields.fr`) come back `null`, where Payload leaves them
 * out, so a front end finds every field it renders and the marker says why it is empty.
 */
export const showUntranslatedAsNull =
  (options: SanitizedWorkflowOptions): CollectionAfterReadHook =>
  ({ doc, req }) => {
    const locale = req.locale ?? ''
    if (
      req.fallbackLocale !== false ||
      !options.targetLocales.includes(locale) ||
      isWorkflowStaff(req.user, options)
    )
      return doc
    const listed = ((doc as Record<string, Record<string, Record<string, unknown>> | undefined>)[
      DELIVERY_FIELD
    ]?.[FALLBACK_FIELDS]?.[locale] ?? []) as string[]
    const absent = listed.filter((name) => doc[name] === undefined)
    return absent.length
      ? { ...doc, ...Object.fromEntries(absent.map((name) => [name, null])) }
      : doc
  }
