import type { CollectionSlug, PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { SanitizedWorkflowOptions } from '../types'
import { transition, type TransitionName } from '../workflow/approval'
import { withTransitionIntent } from '../workflow/intent'
import { readWorkflow, type WorkflowData } from '../workflow/state'
import { WORKFLOW_FIELD } from '../workflow/sourceContent'
import { loadTransitionContext } from './context'
import { STATUS_FOR, WorkflowError } from './errors'
import { lockDocument } from './lockDocument'
import { preservingLocale } from './preservingLocale'
import { recordEvent } from './recordEvent'

export type TransitionInput = {
  collection: string
  comment?: string
  id: number | string
  name: TransitionName
  publishAt?: Date
}

const nextWorkflow = (name: TransitionName, before: WorkflowData, to: WorkflowData['state'], hash: string, userId: number | string, publishAt?: Date): WorkflowData => {
  switch (name) {
    case 'submit':
      return { ...before, state: to, submittedBy: userId }
    case 'approve':
      return { ...before, approvedBy: userId, approvedHash: hash, editors: [], state: to }
    case 'schedule':
      return { ...before, scheduledAt: publishAt!.toISOString(), scheduledBy: userId, state: to }
    case 'publish':
      return { ...before, scheduledAt: null, scheduledBy: null, state: to }
    default:
      return { ...before, state: to }
  }
}

const statusChange = (name: TransitionName) =>
  name === 'publish' ? { _status: 'published' as const } : name === 'unpublish' ? { _status: 'draft' as const } : {}

/**
 * Runs one transition: locks the document row, checks the machine against the stored state, writes
 * the new workflow (and `_status` for publish/unpublish) and one event, all in one transaction.
 * Callable from the Local API with any `req` (the user on `req` is the actor).
 */
export const runTransition = (req: PayloadRequest, options: SanitizedWorkflowOptions, input: TransitionInput) =>
  preservingLocale(req, () => transitionInTransaction(req, options, input))

const transitionInTransaction = async (req: PayloadRequest, options: SanitizedWorkflowOptions, input: TransitionInput) => {
  const user = req.user
  if (!user) throw new WorkflowError('Sign in first: workflow transitions are made by a named user.', 401)
  if (!options.collections.includes(input.collection as CollectionSlug)) {
    throw new WorkflowError(`${input.collection} has no approval workflow.`, 404)
  }
  const ownsTransaction = await initTransaction(req)
  try {
    await lockDocument(req, input.collection, input.id)
    const ctx = await loadTransitionContext(req, options, input.collection, input.id)
    const outcome = transition(ctx.workflow.state, input.name, {
      approvalIsCurrent: ctx.workflow.approvedHash !== null && ctx.workflow.approvedHash === ctx.hash,
      comment: input.comment,
      editors: ctx.workflow.editors,
      live: ctx.live,
      now: new Date(),
      publishAt: input.publishAt,
      roles: (user as { roles?: string[] }).roles ?? [],
      submittedBy: ctx.workflow.submittedBy,
      userId: user.id,
    })
    if (!outcome.ok) throw new WorkflowError(outcome.message, STATUS_FOR[outcome.code])
    const workflow = nextWorkflow(input.name, ctx.workflow, outcome.to, ctx.hash, user.id, input.publishAt)
    const publishes = input.name === 'publish' || input.name === 'unpublish'
    const doc = await withTransitionIntent(req, { collection: input.collection, id: input.id }, () =>
      req.payload.update({
        collection: input.collection as CollectionSlug,
        data: { [WORKFLOW_FIELD]: workflow, ...statusChange(input.name) } as never,
        depth: 0,
        draft: !publishes,
        id: input.id,
        locale: options.sourceLocale as 'en',
        overrideAccess: true,
        req,
      }),
    )
    if (input.name === 'schedule') {
      await req.payload.jobs.queue({
        input: { doc: { relationTo: input.collection, value: input.id }, type: 'publish', user: { relationTo: options.usersSlug, value: user.id } } as never,
        req,
        task: 'schedulePublish' as never,
        waitUntil: input.publishAt,
      })
    }
    const event = await recordEvent(req, options, {
      collection: input.collection,
      comment: input.comment ?? null,
      contentHash: ctx.hash,
      document: input.id,
      from: ctx.workflow.state,
      locale: options.sourceLocale as 'en',
      to: outcome.to,
      transition: input.name,
    })
    if (ownsTransaction) await commitTransaction(req)
    return { doc: { ...doc, [WORKFLOW_FIELD]: readWorkflow(doc as unknown as Record<string, unknown>) }, event }
  } catch (error) {
    if (ownsTransaction) await killTransaction(req)
    throw error
  }
}
