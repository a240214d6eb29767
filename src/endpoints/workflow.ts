import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { z } from 'zod'

import { limitWorkflowRequest } from '../delivery/rateLimit'
import { WorkflowError } from '../operations/errors'
import { documentId } from './documentId'
import { errorResponse } from './errorResponse'
import { readWorkflowStatus } from '../operations/status'
import { runTransition } from '../operations/transition'
import type { SanitizedWorkflowOptions } from '../types'
import { TRANSITION_NAMES, type TransitionName } from '../workflow/approval'
import { isTranslationTransition, TRANSLATION_TRANSITIONS, type TranslationTransition } from '../workflow/translation'

const body = z
  .object({
    comment: z.string().max(5000, 'comment is longer than 5000 characters').optional(),
    locale: z.string().optional(),
    publishAt: z.iso.datetime({ message: 'publishAt must be an ISO 8601 date-time, e.g. 2026-12-01T09:00:00Z', offset: true }).optional(),
  })
  .strict()

const readBody = async (req: PayloadRequest): Promise<unknown> => {
  const text = req.text ? await req.text() : ''
  if (!text.trim()) return {}
  try {
    return JSON.parse(text)
  } catch {
    throw new WorkflowError('The body is not valid JSON: send {"comment": "...", "publishAt": "..."} or nothing.', 400)
  }
}

const transitionHandler =
  (collection: string, options: SanitizedWorkflowOptions): PayloadHandler =>
  async (req) => {
    try {
      limitWorkflowRequest(req, options)
      const id = documentId(req, collection)
      const name = String(req.routeParams?.transition ?? '')
      const names: readonly string[] = [...TRANSITION_NAMES, ...TRANSLATION_TRANSITIONS]
      if (!names.includes(name)) throw new WorkflowError(`Unknown transition "${name}": use one of ${names.join(', ')}.`, 400)
      const parsed = body.safeParse(await readBody(req))
      if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ')
        throw new WorkflowError(`Bad request body (${problems}): send only comment, publishAt and locale.`, 400)
      }
      const translation = isTranslationTransition(name)
      if (!translation && parsed.data.locale !== undefined && parsed.data.locale !== options.sourceLocale) {
        throw new WorkflowError(`${name} concerns the source locale "${options.sourceLocale}"; for a translation use ${TRANSLATION_TRANSITIONS.join(', ')}.`, 400)
      }
      const result = await runTransition(req, options, {
        collection,
        comment: parsed.data.comment,
        id: String(id),
        locale: translation ? parsed.data.locale : undefined,
        name: name as TransitionName | TranslationTransition,
        publishAt: parsed.data.publishAt ? new Date(parsed.data.publishAt) : undefined,
      })
      return Response.json(result, { status: 200 })
    } catch (error) {
      return errorResponse(error)
    }
  }

const statusHandler =
  (collection: string, options: SanitizedWorkflowOptions): PayloadHandler =>
  async (req) => {
    try {
      limitWorkflowRequest(req, options)
      return Response.json(await readWorkflowStatus(req, options, collection, String(documentId(req, collection))))
    } catch (error) {
      return errorResponse(error)
    }
  }

/** `POST /api/<collection>/:id/workflow/:transition` and `GET /api/<collection>/:id/workflow`. */
export const workflowEndpoints = (collection: string, options: SanitizedWorkflowOptions): Endpoint[] => [
  { handler: transitionHandler(collection, options), method: 'post', path: '/:id/workflow/:transition' },
  { handler: statusHandler(collection, options), method: 'get', path: '/:id/workflow' },
]
