import type { Endpoint } from 'payload'
import { z } from 'zod'

import { WorkflowError } from '../operations/errors'
import { listPublishedSlugs } from '../operations/sitemap'
import type { SanitizedWorkflowOptions } from '../types'
import { errorResponse } from './errorResponse'

const query = z.object({ collection: z.string().min(1).optional() }).strict()

/** `GET /api/sitemap[?collection=<slug>]`: published slugs in every locale, for sitemaps and static builds. */
export const sitemapEndpoint = (options: SanitizedWorkflowOptions): Endpoint => ({
  handler: async (req) => {
    try {
      const params = Object.fromEntries(new URL(req.url ?? 'http://localhost').searchParams)
      const parsed = query.safeParse(params)
      if (!parsed.success) throw new WorkflowError(`Unknown query parameter: the sitemap takes only "collection" (got ${Object.keys(params).join(', ')}).`, 400)
      const docs = await listPublishedSlugs(req, options, parsed.data.collection)
      return Response.json({ docs, totalDocs: docs.length })
    } catch (error) {
      return errorResponse(error)
    }
  },
  method: 'get',
  path: '/sitemap',
})
