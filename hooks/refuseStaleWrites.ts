import type { CollectionBeforeChangeHook } from 'payload'
import { z } from 'zod'

import { ifMatchAccepts, versionEtag } from '../src/delivery/versionEtag'
import { WorkflowError } from '../src/operations/errors'
import { mergeConcurrentSave } from '../src/operations/concurrentSave'
import { lastChangedBy } from '../src/operations/lastChange'
import { tw } from '../src/translations'
import type { SanitizedWorkflowOptions } from '../src/types'
import { isTransitionWrite } from '../src/workflow/intent'

const claimedUpdatedAt = z.coerce.date()

const minuteUtc = (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`

/**
 * Optimistic concurrency for REST and GraphQL saves: a write that names the version it was made
 * from, by `updatedAt` in the body (the admin form sends it) or an `If-Match` ETag (versionEtag), is
 * refused with 409 when the stored working copy has changed since in the save's own language (see
 * mergeConcurrentSave: an English and a French save made at once both stand). It runs after the row lock
 * (lockRowForEdit), so two saves from the same version cannot both pass. Local API callers (seed,
 * scripts that spread a document), restores and the workflow's own writes are not checked.
 */
export const refuseStaleWrites =
  (options: SanitizedWorkflowOptions): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    if (
      operation !== 'update' ||
      !originalDoc ||
      req.payloadAPI === 'local' ||
      req.context?.isRestoringVersion
    )
      return data
    if (isTransitionWrite(req, collection.slug, originalDoc.id)) return data
    if (req.routeParams?.id !== undefined && String(req.routeParams.id) !== String(originalDoc.id))
      return data
    const stored = new Date(originalDoc.updatedAt)
    const ifMatch = req.headers?.get('if-match')
    const staleTag = ifMatch ? !ifMatchAccepts(ifMatch, versionEtag(stored)) : false
    let claimed: Date | null = null
    if (data.updatedAt !== undefined && data.updatedAt !== null) {
      const parsed = claimedUpdatedAt.safeParse(data.updatedAt)
      if (!parsed.success)
        throw new WorkflowError(tw(req.t, 'errorStaleDate'), 400, 'bad_updated_at')
      claimed = parsed.data
    }
    const staleBody = claimed !== null && claimed.getTime() !== stored.getTime()
    if (!staleTag && !staleBody) return data
    // Staleness per language: a save conflicts with what changed since in its own locale, not the other's.
    if (!staleTag && claimed) {
      const merged = await mergeConcurrentSave({
        claimed,
        collection,
        data,
        id: originalDoc.id,
        options,
        req,
      })
      if (merged) return merged
    }
    const who = await lastChangedBy(req, options, collection.slug, originalDoc)
    throw new WorkflowError(tw(req.t, 'errorStale', { time: minuteUtc(stored), who }), 409, 'stale')
  }
