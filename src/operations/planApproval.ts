import type { TFunction } from '@payloadcms/translations'

import type { Actor } from '../access/can'
import { transition, type TransitionName } from '../workflow/approval'
import type { WorkflowData } from '../workflow/state'
import { outdatedBy } from '../workflow/translation'
import { PUBLIC_STATUS_FIELD, TRANSLATION_FIELD, WORKFLOW_FIELD } from '../workflow/fieldNames'
import type { TransitionContextData } from './context'
import { refusalError } from './errors'
import type { Plan, TransitionInput } from './plan'

const nextWorkflow = (
  name: TransitionName,
  ctx: TransitionContextData,
  to: WorkflowData['state'],
  userId: number | string,
  publishAt?: Date,
): WorkflowData => {
  const before = ctx.workflow
  const withdrawn = { announcedAt: null, announcedBy: null, announcedHash: null }
  switch (name) {
    case 'announce':
      return {
        ...before,
        announcedAt: new Date().toISOString(),
        announcedBy: userId,
        announcedHash: ctx.stub!.hash,
        state: to,
      }
    case 'unpublish':
      // An announced stub is withdrawn with it; the full text keeps its place in review.
      return { ...before, ...withdrawn, state: to }
    case 'submit':
      return { ...before, state: to, submittedBy: userId }
    case 'withdraw':
      return { ...before, state: to, submittedBy: null }
    case 'approve':
      return { ...before, approvedBy: userId, approvedHash: ctx.hash, editors: [], state: to }
    case 'schedule':
      return { ...before, scheduledAt: publishAt!.toISOString(), scheduledBy: userId, state: to }
    case 'publish':
      // The full text replaces an announced stub.
      return { ...before, ...withdrawn, scheduledAt: null, scheduledBy: null, state: to }
    case 'discard': {
      // Back to the published version's workflow: its content was approved, so the approval holds.
      const published = ctx.published!
      return {
        ...published.workflow,
        approvedHash: published.hash,
        contentHash: published.hash,
        editors: [],
        scheduledAt: null,
        scheduledBy: null,
        state: to,
      }
    }
    default:
      return { ...before, state: to }
  }
}

const statusChange = (name: TransitionName) =>
  name === 'publish' || name === 'discard'
    ? { _status: 'published' as const }
    : name === 'unpublish'
      ? { _status: 'draft' as const, [PUBLIC_STATUS_FIELD]: 'published' }
      : {}

/** The approval machine's verdict on the source locale, as the write and event to make; a refusal in `t`'s language. */
export const planApproval = (
  ctx: TransitionContextData,
  input: TransitionInput & { name: TransitionName },
  user: Actor<TransitionName>,
  sourceLocale: string,
  t: TFunction,
): Plan => {
  const outcome = transition(ctx.workflow.state, input.name, {
    announceable: ctx.stub !== null,
    announced: ctx.announced,
    stubEmpty: ctx.stub?.empty,
    approvalIsCurrent: ctx.workflow.approvedHash !== null && ctx.workflow.approvedHash === ctx.hash,
    comment: input.comment,
    draftChanges: ctx.draftChanges,
    editors: ctx.workflow.editors,
    live: ctx.live,
    now: new Date(),
    permitted: user.permitted,
    publishAt: input.publishAt,
    roles: user.roles,
    submittedBy: ctx.workflow.submittedBy,
    userId: user.id,
  })
  if (!outcome.ok) throw refusalError(t, outcome)
  const workflow = nextWorkflow(input.name, ctx, outcome.to, user.id, input.publishAt)
  // Discarding writes the published content back over the working copy, as a publish of the same text.
  const content = input.name === 'discard' ? ctx.published!.content : {}
  const publishes =
    input.name === 'publish' || input.name === 'unpublish' || input.name === 'discard'
  // Readers get the new English now: translations made from other English go outdated (for readers) now.
  // (A discard publishes the published English again: translations made from the discarded English go outdated too.)
  const published = input.name === 'discard' ? ctx.publishedFieldHashes : ctx.sourceFieldHashes
  const outdated =
    input.name === 'publish' || input.name === 'discard'
      ? outdatedBy(ctx.translations, published, ctx.translatableFields)
      : []
  const translations = Object.fromEntries(
    outdated.map((move) => [
      move.locale,
      { ...ctx.translations[move.locale]!, status: 'outdated' as const },
    ]),
  )
  return {
    data: {
      ...content,
      [WORKFLOW_FIELD]: workflow,
      ...statusChange(input.name),
      ...(outdated.length ? { [TRANSLATION_FIELD]: { ...ctx.translations, ...translations } } : {}),
    },
    draft: !publishes,
    from: ctx.workflow.state,
    locale: sourceLocale,
    outdated,
    to: workflow.state,
  }
}
