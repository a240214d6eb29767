import { transition, type TransitionName } from '../workflow/approval'
import type { WorkflowData } from '../workflow/state'
import { WORKFLOW_FIELD } from '../workflow/sourceContent'
import type { TransitionContextData } from './context'
import { STATUS_FOR, WorkflowError } from './errors'
import type { Plan, TransitionInput } from './plan'

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

/** The approval machine's verdict on the source locale, as the write and event to make. */
export const planApproval = (ctx: TransitionContextData, input: TransitionInput & { name: TransitionName }, user: { id: number | string; roles?: string[] }, sourceLocale: string): Plan => {
  const outcome = transition(ctx.workflow.state, input.name, {
    approvalIsCurrent: ctx.workflow.approvedHash !== null && ctx.workflow.approvedHash === ctx.hash,
    comment: input.comment,
    editors: ctx.workflow.editors,
    live: ctx.live,
    now: new Date(),
    publishAt: input.publishAt,
    roles: user.roles ?? [],
    submittedBy: ctx.workflow.submittedBy,
    userId: user.id,
  })
  if (!outcome.ok) throw new WorkflowError(outcome.message, STATUS_FOR[outcome.code])
  const publishes = input.name === 'publish' || input.name === 'unpublish'
  return {
    data: { [WORKFLOW_FIELD]: nextWorkflow(input.name, ctx.workflow, outcome.to, ctx.hash, user.id, input.publishAt), ...statusChange(input.name) },
    draft: !publishes,
    from: ctx.workflow.state,
    locale: sourceLocale,
    to: outcome.to,
  }
}
