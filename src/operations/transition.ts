import type { CollectionSlug, PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { actorFor } from '../access/can'
import { tw } from '../translations'
import { eventComment, type EventMessage } from './eventMessage'
import type { SanitizedWorkflowOptions } from '../types'
import { queueTransitionWebhooks, viewBeforeTransition } from '../webhooks/queue'
import type { TransitionName } from '../workflow/approval'
import { withTransitionIntent } from '../workflow/intent'
import { readWorkflow } from '../workflow/state'
import { WORKFLOW_FIELD } from '../workflow/fieldNames'
import { isTranslationTransition } from '../workflow/translation'
import { loadTransitionContext } from './context'
import { writeAnnouncedStub } from './announceStub'
import { deliverTranslations } from './deliverTranslations'
import { WorkflowError } from './errors'
import { lockDocument } from './lockDocument'
import type { Plan, TransitionInput } from './plan'
import { planApproval } from './planApproval'
import { planTranslation } from './planTranslation'
import { preservingLocale } from './preservingLocale'
import { assertReadyToSubmit } from './readyToSubmit'
import { recordEvent } from './recordEvent'
import { skipScheduledPublish } from './skipScheduledPublish'
import { refreshPublicUploads, uploadsOfRow } from './refreshPublicUploads'

export type { TransitionInput } from './plan'

/** Transitions that change what readers get, and so which uploads they may read. */
const RELEASING = new Set(['announce', 'approve_translation', 'publish', 'unpublish'])

/**
 * Runs one transition (approval of the source locale, or translation of a target locale): locks
 * the document row, checks the machine against the stored state, writes the new state (and
 * `_status` for publish/unpublish) and one event, all in one transaction. Callable from the Local
 * API with any `req`: the user on `req` is the actor.
 */
export const runTransition = (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  input: TransitionInput,
) => preservingLocale(req, () => transitionInTransaction(req, options, input))

const transitionInTransaction = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  input: TransitionInput,
) => {
  const user = req.user as
    ({ id: number | string; roles?: string[] } & Record<string, unknown>) | null
  if (!user) throw new WorkflowError(tw(req.t, 'errorSignInTransition'), 401, 'sign_in')
  if (!options.collections.includes(input.collection as CollectionSlug)) {
    throw new WorkflowError(
      tw(req.t, 'errorNoWorkflow', { collection: input.collection }),
      404,
      'no_workflow',
    )
  }
  const ownsTransaction = await initTransaction(req)
  try {
    const locked = await lockDocument(req, input.collection, input.id)
    const ctx = await loadTransitionContext(req, options, input.collection, input.id, locked)
    if (input.name === 'submit') await assertReadyToSubmit(req, options, input.collection, input.id)
    const target = { collection: input.collection, doc: ctx.doc }
    let plan: Plan
    if (isTranslationTransition(input.name)) {
      const locale = input.locale ?? options.targetLocales[0]!
      // An unknown locale is refused by the plan (400), before the app's `can` is asked about it.
      const actor = await actorFor(
        req,
        options,
        { ...target, locale },
        options.targetLocales.includes(locale) ? [input.name] : [],
      )
      plan = planTranslation(
        ctx,
        { ...input, name: input.name },
        actor,
        options.targetLocales,
        req.t,
      )
    } else {
      const name = input.name as TransitionName
      plan = planApproval(
        ctx,
        { ...input, name },
        await actorFor(req, options, { ...target, locale: options.sourceLocale }, [name]),
        options.sourceLocale,
        req.t,
      )
    }
    const readersBefore = await viewBeforeTransition(req, options, input)
    const uploadsBefore = RELEASING.has(input.name)
      ? await uploadsOfRow(req, options, input.collection, input.id)
      : null
    const doc = await withTransitionIntent(
      req,
      { collection: input.collection, id: input.id },
      () =>
        req.payload.update({
          collection: input.collection as CollectionSlug,
          // `as never`: Payload types `data` per slug, and this slug is known only at run time.
          data: plan.data as never,
          depth: 0,
          draft: plan.draft,
          id: input.id,
          locale: plan.locale as 'en',
          overrideAccess: true,
          req,
        }),
    )
    if (input.name === 'announce') {
      const collection = req.payload.collections[input.collection as CollectionSlug]!.config
      await writeAnnouncedStub(
        { collection, options, req },
        input.id,
        ctx.stub!.fields,
        String((doc as { updatedAt?: string }).updatedAt),
      )
    }
    if (input.name === 'approve_translation') {
      // Readers of a published document get the newly approved text now, the source staying as published.
      const collection = req.payload.collections[input.collection as CollectionSlug]!.config
      await deliverTranslations({ collection, options, req }, input.id)
    }
    if (uploadsBefore) {
      const after = await uploadsOfRow(req, options, input.collection, input.id)
      await refreshPublicUploads(req, options, [uploadsBefore.refs, after.refs], after.live)
    }
    if (input.name === 'discard' && ctx.workflow.scheduledAt) {
      await skipScheduledPublish(
        req,
        input.collection,
        input.id,
        tw(req.t, 'eventScheduleCalledOff', { date: ctx.workflow.scheduledAt }),
      )
    }
    if (input.name === 'schedule') {
      await req.payload.jobs.queue({
        // `as never`: the generated input lists the app's own collections; this one is known only at run time.
        input: {
          doc: { relationTo: input.collection, value: input.id },
          type: 'publish',
          user: { relationTo: options.usersSlug, value: user.id },
        } as never,
        req,
        task: 'schedulePublish',
        waitUntil: input.publishAt,
      })
    }
    const event = await recordEvent(req, options, {
      collection: input.collection,
      comment: input.comment ?? null,
      contentHash:
        input.name === 'discard'
          ? ctx.published!.hash
          : input.name === 'announce'
            ? ctx.stub!.hash
            : ctx.hash,
      document: input.id,
      from: plan.from,
      locale: plan.locale,
      to: plan.to,
      transition: input.name,
    })
    for (const move of plan.outdated ?? []) {
      const message: EventMessage = [
        { key: 'eventSourceRevised', vars: { fields: move.changed, locale: move.locale } },
      ]
      await recordEvent(req, options, {
        collection: input.collection,
        comment: eventComment(req, input.collection, message),
        message,
        contentHash: null,
        document: input.id,
        from: move.from,
        locale: move.locale,
        to: 'outdated',
        transition: 'source_changed',
      })
    }
    await queueTransitionWebhooks(req, options, { ...input, id: doc.id }, readersBefore)
    if (ownsTransaction) await commitTransaction(req)
    return {
      doc: { ...doc, [WORKFLOW_FIELD]: readWorkflow(doc as unknown as Record<string, unknown>) },
      event,
    }
  } catch (error) {
    if (ownsTransaction) await killTransaction(req)
    throw error
  }
}
