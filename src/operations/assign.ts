import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { hasWorkflowRole } from '../access/roles'
import { stateLabel } from '../admin/labels'
import { withAssignmentWrite } from '../assignments/intent'
import { ASSIGNMENTS_SLUG } from '../collections/ReviewAssignments'
import { deliver } from '../notifications/notifyAfterCommit'
import { tw, type WorkflowKey } from '../translations'
import type { SanitizedWorkflowOptions } from '../types'
import { fourEyesConflict } from '../workflow/fourEyes'
import { sameId, type Id } from '../workflow/ids'
import { readWorkflow } from '../workflow/state'
import { WorkflowError } from './errors'
import { lockDocument } from './lockDocument'

export type AssignCode =
  'bad_body' | 'four_eyes' | 'not_found' | 'not_reviewer' | 'role' | 'wrong_state'

const STATUS: Record<AssignCode, 400 | 403 | 404 | 409> = {
  bad_body: 400,
  four_eyes: 403,
  not_found: 404,
  not_reviewer: 400,
  role: 403,
  wrong_state: 409,
}
const MESSAGE: Record<AssignCode, WorkflowKey> = {
  bad_body: 'assignErrorBody',
  four_eyes: 'assignErrorFourEyes',
  not_found: 'assignErrorNotFound',
  not_reviewer: 'assignErrorNotReviewer',
  role: 'assignErrorRole',
  wrong_state: 'assignErrorState',
}

/** A refused assignment: `data.code` for programs, the message in the caller's admin language. */
export class AssignError extends WorkflowError {
  constructor(req: PayloadRequest, code: AssignCode, vars?: Record<string, string>) {
    super(tw(req.t, MESSAGE[code], vars), STATUS[code], code)
    this.name = 'AssignError'
  }
}

type User = Record<string, unknown> & { id: Id }

/**
 * Assigns a document in review to a reviewer (`reviewer: null` removes the assignment): done by a
 * reviewer or an admin, never to the person who submitted or edited it (four eyes). Nothing else
 * about the document changes. The assignee is told by e-mail once the assignment is committed.
 */
export const assignReviewer = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  input: { collection: string; id: Id; reviewer: Id | null },
) => {
  const user = req.user as null | User
  if (!user) throw new WorkflowError(tw(req.t, 'errorSignInAssign'), 401, 'sign_in')
  if (!hasWorkflowRole(user, options, 'reviewer', 'admin')) throw new AssignError(req, 'role')
  const ownsTransaction = await initTransaction(req)
  try {
    await lockDocument(req, input.collection, input.id)
    const doc = await req.payload.findByID({
      collection: input.collection as CollectionSlug,
      depth: 0,
      disableErrors: true,
      draft: true,
      id: input.id,
      locale: options.sourceLocale as 'en',
      overrideAccess: true,
      req,
    })
    if (!doc) throw new AssignError(req, 'not_found')
    const workflow = readWorkflow(doc as unknown as Record<string, unknown>)
    if (workflow.state !== 'in_review')
      throw new AssignError(req, 'wrong_state', { state: stateLabel(req.t, workflow.state) })
    if (input.reviewer !== null) {
      const reviewer = (await req.payload.findByID({
        collection: options.usersSlug as 'users',
        depth: 0,
        disableErrors: true,
        id: input.reviewer,
        overrideAccess: true,
        req,
      })) as null | User
      if (!reviewer || !hasWorkflowRole(reviewer, options, 'reviewer', 'admin'))
        throw new AssignError(req, 'not_reviewer')
      if (fourEyesConflict(reviewer.id, workflow)) throw new AssignError(req, 'four_eyes')
    }
    const where: Where = {
      and: [
        { collection: { equals: input.collection } },
        { document: { equals: String(input.id) } },
      ],
    }
    const data = {
      assignedBy: user.id,
      collection: input.collection,
      document: String(input.id),
      reviewer: input.reviewer,
    }
    await withAssignmentWrite(req, async () => {
      const { docs } = await req.payload.find({
        collection: ASSIGNMENTS_SLUG,
        depth: 0,
        limit: 1,
        overrideAccess: true,
        req,
        where,
      })
      const existing = docs[0] as unknown as { id: Id } | undefined
      if (existing)
        await req.payload.update({
          collection: ASSIGNMENTS_SLUG,
          data: data as never,
          depth: 0,
          id: existing.id,
          overrideAccess: true,
          req,
        })
      else
        await req.payload.create({
          collection: ASSIGNMENTS_SLUG,
          data: data as never,
          depth: 0,
          overrideAccess: true,
          req,
        })
    })
    if (ownsTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownsTransaction) await killTransaction(req)
    throw error
  }
  if (input.reviewer !== null && !sameId(input.reviewer, user.id)) {
    const event = {
      collection: input.collection,
      document: String(input.id),
      locale: options.sourceLocale,
      to: 'in_review',
      transition: 'assign',
      user: user.id,
    }
    void deliver(req.payload, options, event).catch((error: unknown) =>
      req.payload.logger.error({
        err: error,
        msg: `Assignment e-mail for ${input.collection} ${input.id} not sent`,
      }),
    )
  }
  return {
    assignment: {
      collection: input.collection,
      document: String(input.id),
      reviewer: input.reviewer,
    },
  }
}
