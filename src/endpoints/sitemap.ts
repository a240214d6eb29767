import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { WorkflowError } from '../operations/errors'
import { listPublishedSlugs, sitemapCollections, type SitemapQuery } from '../operations/sitemap'
import { tw } from '../translations'
import type { SanitizedWorkflowOptions } from '../types'
import { errorResponse } from './errorResponse'

export const SITEMAP_LIMITS = { default: 100, max: 1000 } as const

const PARAMETERS = ['collection', 'limit', 'locale', 'page'] as const

const whole = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(min).max(max))

/** The query a sitemap request may carry: each parameter's refusal names what it takes (code, message, allowed values). */
const parseQuery = (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  params: Record<string, string>,
): SitemapQuery => {
  const unknown = Object.keys(params).filter(
    (name) => !(PARAMETERS as readonly string[]).includes(name),
  )
  if (unknown.length) {
    throw new WorkflowError(
      tw(req.t, 'errorSitemapParameter', {
        allowed: PARAMETERS.join(', '),
        names: unknown.join(', '),
      }),
      400,
      'unknown_parameter',
      { allowed: [...PARAMETERS] },
    )
  }
  const collections = sitemapCollections(req, options)
  const locales = [options.sourceLocale, ...options.targetLocales]
  const schema = z.object({
    collection: z.enum(collections as [string, ...string[]]).optional(),
    limit: whole(1, SITEMAP_LIMITS.max).default(SITEMAP_LIMITS.default),
    locale: z.enum(locales as [string, ...string[]]).optional(),
    page: whole(1).default(1),
  })
  const parsed = schema.safeParse(params)
  if (parsed.success) return parsed.data
  const name = parsed.error.issues[0]!.path[0] as (typeof PARAMETERS)[number]
  const value = params[name] ?? ''
  const refusal = {
    collection: () =>
      new WorkflowError(
        tw(req.t, 'errorSitemapCollection', { allowed: collections.join(', '), value }),
        400,
        'unknown_collection',
        { allowed: collections },
      ),
    limit: () =>
      new WorkflowError(
        tw(req.t, 'errorSitemapLimit', {
          default: SITEMAP_LIMITS.default,
          max: SITEMAP_LIMITS.max,
          value,
        }),
        400,
        'invalid_limit',
        { allowed: { max: SITEMAP_LIMITS.max, min: 1 } },
      ),
    locale: () =>
      new WorkflowError(
        tw(req.t, 'errorSitemapLocale', {
          allowed: locales.join(', '),
          examples: locales.map((code) => `locale=${code}`).join(', '),
          value,
        }),
        400,
        'unknown_locale',
        { allowed: locales },
      ),
    page: () =>
      new WorkflowError(tw(req.t, 'errorSitemapPage', { value }), 400, 'invalid_page', {
        allowed: { min: 1 },
      }),
  }
  throw refusal[name]()
}

/**
 * `GET /api/sitemap[?collection=<slug>][&locale=fr][&limit=100][&page=1]`: published slugs in every
 * locale (or as a reader in `locale` follows them), a page at a time, for sitemaps and static builds.
 */
export const sitemapEndpoint = (options: SanitizedWorkflowOptions): Endpoint => ({
  handler: async (req) => {
    try {
      const query = parseQuery(
        req,
        options,
        Object.fromEntries(new URL(req.url ?? 'http://localhost').searchParams),
      )
      return Response.json(await listPublishedSlugs(req, options, query))
    } catch (error) {
      return errorResponse(error, {}, req.t)
    }
  },
  method: 'get',
  path: '/sitemap',
})
