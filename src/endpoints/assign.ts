import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { z } from 'zod'

import { hasWorkflowRole, usersWithRoles } from '../access/roles'
import { assigneeOf } from '../assignments/read'
import { limitWorkflowRequest } from '../delivery/rateLimit'
import { AssignError, assignReviewer } from '../operations/assign'
import { tw } from '../translations'
import { WorkflowError } from '../operations/errors'
import type { SanitizedWorkflowOptions } from '../types'
import { documentId } from './documentId'
import { errorResponse } from './errorResponse'

const body = z
  .object({ reviewer: z.union([z.number().int().positive(), z.string().min(1).max(64), z.null()]) })
  .strict()

const readBody = async (req: PayloadRequest): Promise<unknown> => {
  try {
    return JSON.parse(req.text ? await req.text() : '')
  } catch {
    return undefined
  }
}

const assignHandler =
  (collection: string, options: SanitizedWorkflowOptions): PayloadHandler =>
  async (req) => {
    try {
      limitWorkflowRequest(req, options)
      const id = documentId(req, collection)
      const parsed = body.safeParse(await readBody(req))
      if (!parsed.success) throw new AssignError(req, 'bad_body')
      return Response.json(
        await assignReviewer(req, options, { collection, id, reviewer: parsed.data.reviewer }),
      )
    } catch (error) {
      return errorResponse(error)
    }
  }

/** Who is assigned, and whom the caller may assign (reviewers and admins, by name). */
const candidatesHandler =
  (collection: string, options: SanitizedWorkflowOptions): PayloadHandler =>
  async (req) => {
    try {
      limitWorkflowRequest(req, options)
      const id = documentId(req, collection)
      if (!req.user) throw new WorkflowError(tw(req.t, 'errorSignInAssign'), 401, 'sign_in')
      if (!hasWorkflowRole(req.user, options, 'reviewer', 'admin'))
        throw new AssignError(req, 'role')
      const { docs } = await req.payload.find({
        collection: options.usersSlug as 'users',
        depth: 0,
        overrideAccess: true,
        pagination: false,
        req,
        select: { email: true, name: true } as never,
        sort: 'name',
        where: usersWithRoles(options, 'reviewer', 'admin'),
      })
      const reviewers = (
        docs as unknown as { email: string; id: number | string; name?: string }[]
      ).map((user) => ({ id: user.id, name: user.name || user.email }))
      return Response.json({
        assignee: await assigneeOf(req.payload, collection, id, req),
        reviewers,
      })
    } catch (error) {
      return errorResponse(error)
    }
  }

/** `POST /api/<collection>/:id/workflow/assign {"reviewer": id | null}` and `GET` of the same path. */
export const assignEndpoints = (
  collection: string,
  options: SanitizedWorkflowOptions,
): Endpoint[] => [
  { handler: assignHandler(collection, options), method: 'post', path: '/:id/workflow/assign' },
  { handler: candidatesHandler(collection, options), method: 'get', path: '/:id/workflow/assign' },
]
