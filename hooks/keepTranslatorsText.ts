import type { CollectionAfterChangeHook, CollectionSlug } from 'payload'

import type { SanitizedWorkflowOptions } from '../src/types'
import { isTransitionWrite, withTransitionIntent } from '../src/workflow/intent'
import { readTranslations } from '../src/workflow/translationState'

const UNAPPROVED = new Set(['in_progress', 'in_review', 'outdated'])

/**
 * A publish keeps target text that is not approved for the published source out of the published
 * row (readers get the source instead), but Payload's draft reads serve that row while the newest
 * version is the published one: the admin would show the translators empty fields, or older text.
 * After such a publish (the transition, Payload's scheduled job, a discard), a draft version with
 * the working copy's text (the published version's, translations included) comes after it.
 */
export const keepTranslatorsText =
  (options: SanitizedWorkflowOptions): CollectionAfterChangeHook =>
  async ({ collection, doc, operation, previousDoc, req }) => {
    if (operation !== 'update' || doc._status !== 'published') return doc
    const translations = readTranslations(doc, options.targetLocales)
    if (!Object.values(translations).some((t) => UNAPPROVED.has(t.status))) return doc
    // restoreVersion hands over the saved version as `doc`; the document's own id is on previousDoc.
    const id = previousDoc?.id ?? doc.id
    const write = () =>
      req.payload.update({
        collection: collection.slug as CollectionSlug,
        data: {},
        depth: 0,
        draft: true,
        id,
        locale: options.sourceLocale as 'en',
        overrideAccess: true,
        req,
      })
    // Inside a transition's own write, its mark already covers this one (and must outlive it).
    await (isTransitionWrite(req, collection.slug, id)
      ? write()
      : withTransitionIntent(req, { collection: collection.slug, id }, write))
    return doc
  }
