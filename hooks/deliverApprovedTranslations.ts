import type { CollectionAfterChangeHook } from 'payload'

import { deliverTranslations, type PublishedSnapshot } from '../src/operations/deliverTranslations'
import type { SanitizedWorkflowOptions } from '../src/types'
import { takeWriteNote } from '../src/workflow/writeNotes'
import { PUBLISHED_NOTE } from './notePublishedTranslations'

/**
 * After a publish, the published document carries a translation only where it is approved for
 * the source just published; elsewhere readers get the source text and a marker. Payload copies
 * every locale of the draft on publish; this takes unapproved target text back out, in the same
 * transaction.
 */
export const deliverApprovedTranslations =
  (options: SanitizedWorkflowOptions): CollectionAfterChangeHook =>
  async ({ collection, doc, previousDoc, req }) => {
    const id = previousDoc?.id ?? doc.id
    const note = await takeWriteNote<{ previous: null | PublishedSnapshot }>(req, PUBLISHED_NOTE, collection.slug, id)
    if (note) await deliverTranslations({ collection, options, req }, id, note.previous)
    return doc
  }
