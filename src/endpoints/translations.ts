import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { limitWorkflowRequest } from '../delivery/rateLimit'
import { exportTranslation, importTranslation } from '../operations/xliff'
import type { SanitizedWorkflowOptions } from '../types'
import { XliffError } from '../xliff'
import { documentId } from './documentId'
import { errorResponse } from './errorResponse'
import { tw } from '../translations'

const STATUS: Record<string, number> = {
  malformed: 400,
  stale_source: 409,
  wrong_document: 400,
  wrong_locale: 400,
}

// The code and details also in `data`, where every other refusal of the plugin has them; the words in the caller's language.
const fail = (req: PayloadRequest, error: unknown) => {
  if (error instanceof XliffError) {
    const { code, detail, fields, line, words } = error
    const message = words ? tw(req.t, words.key, words.vars) : error.message
    return Response.json(
      { errors: [{ code, data: { code, detail, fields, line }, fields, message }] },
      { status: STATUS[code] ?? 400 },
    )
  }
  return errorResponse(error, {}, req.t)
}

const target = (req: PayloadRequest, collection: string) => {
  const file = String(req.routeParams?.file ?? '')
  if (!file.endsWith('.xlf'))
    throw new XliffError('wrong_locale', `Ask for <locale>.xlf, e.g. fr.xlf (got "${file}").`, {
      words: { key: 'xliffAskForLocale', vars: { file } },
    })
  return {
    collection,
    id: String(documentId(req, collection)),
    locale: file.slice(0, -'.xlf'.length),
  }
}

const exportHandler =
  (collection: string, options: SanitizedWorkflowOptions): PayloadHandler =>
  async (req) => {
    try {
      limitWorkflowRequest(req, options)
      const where = target(req, collection)
      const xml = await exportTranslation(req, options, where)
      return new Response(xml, {
        headers: {
          'cache-control': 'private, no-store',
          'content-disposition': `attachment; filename="${collection}-${where.id}.${where.locale}.xlf"`,
          'content-type': 'application/xliff+xml; charset=utf-8',
        },
      })
    } catch (error) {
      return fail(req, error)
    }
  }

const importHandler =
  (collection: string, options: SanitizedWorkflowOptions): PayloadHandler =>
  async (req) => {
    try {
      limitWorkflowRequest(req, options)
      const xml = req.text ? await req.text() : ''
      return Response.json(await importTranslation(req, options, target(req, collection), xml))
    } catch (error) {
      return fail(req, error)
    }
  }

/** `GET /api/<collection>/:id/translations/<locale>.xlf` exports; `PUT` the same path imports. */
export const translationEndpoints = (
  collection: string,
  options: SanitizedWorkflowOptions,
): Endpoint[] => [
  { handler: exportHandler(collection, options), method: 'get', path: '/:id/translations/:file' },
  { handler: importHandler(collection, options), method: 'put', path: '/:id/translations/:file' },
]
