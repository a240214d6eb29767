import { witnessOutages } from './db/outageWitness'
import { isAuthenticated, PRIVATE_CACHE } from '../delivery/cacheHeaders'
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../delivery/databaseErrors'
import { admitRequest, edgeT, type EdgeOptions, unavailable, unexpected } from './apiEdge'

type GraphQLBody = { data?: unknown; errors?: { extensions?: { statusCode?: unknown } }[] }

/** The HTTP status a GraphQL answer deserves beside its body's own. */
const statusFor = (body: GraphQLBody, status: number): number => {
  const codes = (body.errors ?? []).map((error) => error.extensions?.statusCode)
  if (codes.includes(503)) return 503
  // No `data` at all: the request was refused before execution (syntax, validation, the limits of
  // graphqlLimits.ts), which graphql-http answers with 200 to an `application/json` client.
  if (status === 200 && body.errors?.length && !('data' in body)) return 400
  return status
}

/**
 * The API's edge around Payload's GraphQL handler: the same client address, body caps and JSON checks
 * as REST (errors in GraphQL's shape); HTTP 400 for a request refused before execution; 503 with
 * Retry-After when the database is not reachable; `Cache-Control: private, no-store` on every answer
 * (POST answers are not cached by CDNs, and signed-in answers and mutations must never be).
 */
export const withGraphqlEdge =
  (handler: (request: Request) => Promise<Response>, options: Omit<EdgeOptions, 'graphql'>) =>
  async (request: Request): Promise<Response> => {
    const admitted = await admitRequest(request, { ...options, graphql: true })
    if (admitted instanceof Response) return admitted
    let response: Response
    let sawOutage: boolean
    try {
      ;({ sawOutage, value: response } = await witnessOutages(() => handler(admitted)))
    } catch (error) {
      const t = await edgeT(options, request.headers)
      if (isDatabaseUnavailable(error) || !(await options.databaseReachable()))
        return unavailable(t, true)
      console.error(error)
      return unexpected(t, true)
    }
    const text = await response.text()
    let body: GraphQLBody = {}
    try {
      body = JSON.parse(text) as GraphQLBody
    } catch {
      // not JSON (e.g. a 404 when GraphQL is disabled): passed on as it is
    }
    // A 500 in the body may be a lost connection the afterError hook did not recognise; a signed-in
    // caller whose user could not be loaded is answered as anonymous: an error or a null user.
    const codes = (body.errors ?? []).map((error) => error.extensions?.statusCode)
    const suspicious =
      response.status >= 500 ||
      codes.includes(500) ||
      (isAuthenticated(request) && (codes.length > 0 || /"user":null/.test(text)))
    if (suspicious && (sawOutage || !(await options.databaseReachable())))
      return unavailable(await edgeT(options, request.headers), true)
    const headers = new Headers(response.headers)
    headers.set('Cache-Control', PRIVATE_CACHE)
    headers.delete('content-length')
    const status = statusFor(body, response.status)
    if (status === 503 && !headers.has('retry-after'))
      headers.set('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS))
    return new Response(text, { headers, status })
  }
