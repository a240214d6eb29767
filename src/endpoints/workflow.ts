import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { z } from 'zod'

import { languageName, transitionLabel } from '../admin/labels'
import { limitWorkflowRequest } from '../delivery/rateLimit'
import { WorkflowError } from '../operations/errors'
import { documentId } from './documentId'
import { errorResponse } from './errorResponse'
import { readWorkflowStatus } from '../operations/status'
import { runTransition } from '../operations/transition'
import { tw } from '../translations'
import type { SanitizedWorkflowOptions } from '../types'
import { TRANSITION_NAMES, type TransitionName } from '../workflow/approval'
import {
  isTranslationTransition,
  TRANSLATION_TRANSITIONS,
  type TranslationTransition,
} from '../workflow/translation'

/** The body a transition takes, its problems in the request's language. */
const bodyFor = (req: PayloadRequest) =>
  z.strictObject(
    {
      comment: z
        .string()
        .max(5000, tw(req.t, 'errorCommentTooLong', { max: 5000 }))
        .optional(),
      locale: z.string().optional(),
      publishAt: z.iso
        .datetime({ message: tw(req.t, 'errorPublishAtFormat'), offset: true })
        .optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? tw(req.t, 'errorUnknownBodyKeys', { keys: issue.keys.join(', ') })
          : undefined,
    },
  )

const readBody = async (req: PayloadRequest): Promise<unknown> => {
  const text = req.text ? await req.text() : ''
  if (!text.trim()) return {}
  try {
    return JSON.parse(text)
  } catch {
    throw new WorkflowError(tw(req.t, 'errorBadJson'), 400, 'bad_json')
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
      if (!names.includes(name))
        throw new WorkflowError(
          tw(req.t, 'errorUnknownTransition', { name, names: names.join(', ') }),
          400,
          'unknown_transition',
        )
      const parsed = bodyFor(req).safeParse(await readBody(req))
      if (!parsed.success) {
        const problems = parsed.error.issues
          .map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
          .join('; ')
        throw new WorkflowError(tw(req.t, 'errorBadBody', { problems }), 400, 'bad_body')
      }
      const translation = isTranslationTransition(name)
      if (
        !translation &&
        parsed.data.locale !== undefined &&
        parsed.data.locale !== options.sourceLocale
      ) {
        throw new WorkflowError(
          tw(req.t, 'errorSourceLocaleOnly', {
            language: languageName(req.t, options.sourceLocale),
            names: TRANSLATION_TRANSITIONS.join(', '),
            transition: transitionLabel(req.t, name),
          }),
          400,
          'source_locale_only',
        )
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
      return errorResponse(error, {}, req.t)
    }
  }

const statusHandler =
  (collection: string, options: SanitizedWorkflowOptions): PayloadHandler =>
  async (req) => {
    try {
      limitWorkflowRequest(req, options)
      return Response.json(
        await readWorkflowStatus(req, options, collection, String(documentId(req, collection))),
      )
    } catch (error) {
      return errorResponse(error, {}, req.t)
    }
  }

/** `POST /api/<collection>/:id/workflow/:transition` and `GET /api/<collection>/:id/workflow`. */
export const workflowEndpoints = (
  collection: string,
  options: SanitizedWorkflowOptions,
): Endpoint[] => [
  {
    handler: transitionHandler(collection, options),
    method: 'post',
    path: '/:id/workflow/:transition',
  },
  { handler: statusHandler(collection, options), method: 'get', path: '/:id/workflow' },
]
