import type { CollectionBeforeChangeHook } from 'payload'

import { actorFor } from '../src/access/can'
import { languageName } from '../src/admin/labels'
import { markDiscard } from '../src/operations/discardWrite'
import { refusalError, WorkflowError } from '../src/operations/errors'
import { isAnnounced, isLive } from '../src/operations/isLive'
import { readPublishedSource } from '../src/operations/publishedSource'
import { recordEvent } from '../src/operations/recordEvent'
import { skipScheduledPublish } from '../src/operations/skipScheduledPublish'
import { incomingSourceHash } from '../src/operations/sourceHash'
import { tw } from '../src/translations'
import type { SanitizedWorkflowOptions } from '../src/types'
import { transition } from '../src/workflow/approval'
import { isTransitionWrite } from '../src/workflow/intent'
import { TRANSLATION_FIELD, WORKFLOW_FIELD } from '../src/workflow/fieldNames'
import { readWorkflow, type WorkflowData } from '../src/workflow/state'
import { readTranslations } from '../src/workflow/translationState'

/**
 * Payload's "Revert to published" reads the published document and saves it back whole (`_status:
 * 'published'`, its workflow fields, its `updatedAt`). When the source content it sends is the
 * published content, the write is the `discard` transition: the working copy goes back to the
 * published version and its workflow (approved, so the approval matches the content), with a
 * `discard` event. Readers get the same text. Any other publish-like write is refused further on.
 */
export const discardToPublished =
  (options: SanitizedWorkflowOptions): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    const id = originalDoc?.id
    markDiscard(req, collection.slug, id, false)
    if (operation !== 'update' || data._status !== 'published' || req.context?.isRestoringVersion)
      return data
    if (isTransitionWrite(req, collection.slug, id)) return data
    const before = readWorkflow(originalDoc)
    // A due scheduled publication is Payload's job publishing, not a discard (refuseDirectWorkflowWrites checks it).
    if (
      before.state === 'approved' &&
      before.scheduledAt &&
      new Date(before.scheduledAt).getTime() <= Date.now()
    )
      return data
    const locale = req.locale ?? options.sourceLocale
    if (locale !== options.sourceLocale && !options.targetLocales.includes(locale)) return data
    const published = await readPublishedSource({ collection, options, req }, id)
    // Readers get an announced stub: "revert to published" would throw the full text away for it (or for an older version).
    const announced = await isAnnounced(req, collection.slug, id)
    if (!published) {
      if (announced)
        throw refusalError(req.t, {
          code: 'announced_only',
          params: { state: before.state, transition: 'discard' },
        })
      return data
    }
    if (locale !== options.sourceLocale) {
      // Revert to published from a translation's view: the working copy is discarded from the source view.
      if (!(await isLive(req, collection.slug, id))) return data
      throw new WorkflowError(
        tw(req.t, 'errorDiscardFromSource', {
          language: languageName(req.t, options.sourceLocale),
        }),
        409,
        'discard_from_source',
      )
    }
    if (
      (await incomingSourceHash({ collection, options, req }, { data, id, originalDoc })) !==
      published.hash
    )
      return data
    const actor = await actorFor(
      req,
      options,
      { collection: collection.slug, doc: originalDoc ?? {}, locale: options.sourceLocale },
      ['discard'],
    )
    const live = !announced && (await isLive(req, collection.slug, id))
    const outcome = transition(before.state, 'discard', {
      announced,
      approvalIsCurrent: false,
      draftChanges: true,
      editors: before.editors,
      live,
      now: new Date(),
      permitted: actor.permitted,
      roles: actor.roles,
      userId: actor.id,
    })
    if (!outcome.ok) throw refusalError(req.t, outcome)
    const next: WorkflowData = {
      ...published.workflow,
      approvedHash: published.hash,
      contentHash: published.hash,
      editors: [],
      scheduledAt: null,
      scheduledBy: null,
      state: outcome.to,
    }
    markDiscard(req, collection.slug, id, true)
    if (before.scheduledAt)
      await skipScheduledPublish(
        req,
        collection.slug,
        id,
        tw(req.t, 'eventScheduleCalledOff', { date: before.scheduledAt }),
      )
    if (before.contentHash !== published.hash || before.state !== next.state) {
      await recordEvent(req, options, {
        collection: collection.slug,
        contentHash: published.hash,
        document: id,
        from: before.state,
        locale: options.sourceLocale,
        to: next.state,
        transition: 'discard',
      })
    }
    // The updatedAt sent is the published version's: a discard does not claim the working copy it replaces.
    const { updatedAt: _claimed, ...rest } = data
    return {
      ...rest,
      _status: 'published',
      [TRANSLATION_FIELD]: readTranslations(originalDoc, options.targetLocales),
      [WORKFLOW_FIELD]: next,
    }
  }
