import { witnessOutages } from './db/outageWitness'
import type { EdgeTranslator } from './edgeLanguage'
import {
  bodyKind,
  type BodyLimits,
  isJsonType,
  jsonBodyProblem,
  readAtMost,
  tooLargeMessage,
} from '../delivery/bodyLimits'
import { isAuthenticated, PRIVATE_CACHE } from '../delivery/cacheHeaders'
import { clientAddress, type TrustedProxies } from '../delivery/clientAddress'
import {
  DATABASE_RETRY_AFTER_SECONDS,
  DATABASE_UNAVAILABLE_CODE,
  isDatabaseUnavailable,
} from '../delivery/databaseErrors'
import { type AnyT, tw } from '../translations'
import { englishT } from '../translations/english'

type RouteContext = { params: Promise<{ slug: string[] }> }
export type EdgeHandler = (request: Request, context: RouteContext) => Promise<Response>

export type EdgeOptions = {
  /** Whether the database answers (asked only when an answer may hide that it does not). */
  databaseReachable: () => Promise<boolean>
  /** GraphQL answers errors as GraphQL does (`{ errors: [{ message, extensions }] }`), REST as Payload does. */
  graphql?: boolean
  limits: BodyLimits
  /** `t` in the caller's language for the edge's own refusals (English without one: src/app/edgeLanguage.ts makes it). */
  translate?: EdgeTranslator
  trusted: TrustedProxies
}

/** `t` for this request's refusal: asked only when there is one. */
export const edgeT = (options: Pick<EdgeOptions, 'translate'>, headers: Headers): Promise<AnyT> =>
  options.translate ? options.translate(headers) : Promise.resolve(englishT)

/**
 * An error answer in the caller's dialect, never cached; the code where Payload's answers carry a
 * WorkflowError's, and beside it `detail`, a parser's own words (English) kept out of the message.
 */
export const edgeError = (
  status: number,
  code: string,
  message: string,
  {
    detail,
    graphql = false,
    headers = {},
  }: { detail?: string; graphql?: boolean; headers?: Record<string, string> } = {},
) => {
  const data = detail === undefined ? { code } : { code, detail }
  return Response.json(
    graphql
      ? { errors: [{ extensions: { data, statusCode: status }, message }] }
      : { errors: [{ data, message }] },
    {
      headers: { 'Cache-Control': PRIVATE_CACHE, ...headers },
      status,
    },
  )
}

/** 503 with Retry-After: the database does not answer. */
export const unavailable = (t: AnyT, graphql: boolean) =>
  edgeError(503, DATABASE_UNAVAILABLE_CODE, tw(t, 'errorDatabaseUnavailable'), {
    graphql,
    headers: { 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS) },
  })

/** 500 for what nobody foresaw: the details are in the server log, not in the answer. */
export const unexpected = (t: AnyT, graphql: boolean) =>
  edgeError(500, 'unexpected', tw(t, 'errorUnexpected'), { graphql })

/**
 * The request as the app should see it: X-Forwarded-For reduced to the one client address worked out
 * from the trusted proxies, and a body within its cap read into memory (JSON checked). A Response
 * instead when the body is refused: 413 over the cap, 400 for JSON that does not parse or nests too deep.
 */
export const admitRequest = async (
  request: Request,
  options: Omit<EdgeOptions, 'databaseReachable'>,
): Promise<Request | Response> => {
  const { graphql = false, limits, trusted } = options
  const forwarded = request.headers.get('x-forwarded-for')
  const client = clientAddress(forwarded, trusted)
  const url = new URL(request.url)
  const kind = bodyKind(limits, request.method, url.pathname, request.headers.get('content-type'))
  // Reads straight from a client (one hop, no proxy) are passed on as they came: nothing to rewrite.
  if (!kind && forwarded === client) return request
  const headers = new Headers(request.headers)
  if (client) headers.set('x-forwarded-for', client)
  else headers.delete('x-forwarded-for')
  if (!kind) return new Request(request, { headers })
  const declared = Number(request.headers.get('content-length') ?? 0)
  const body = declared > kind.maxBytes ? null : await readAtMost(request.body, kind.maxBytes)
  if (!body) {
    await request.body?.cancel().catch(() => undefined)
    const t = await edgeT(options, request.headers)
    return edgeError(413, 'body_too_large', tooLargeMessage(t, kind), { graphql })
  }
  if (kind.kind === 'json' && (graphql || isJsonType(request.headers.get('content-type')))) {
    const problem = jsonBodyProblem(Buffer.from(body).toString('utf8'), limits.maxJsonDepth)
    if (problem) {
      const t = await edgeT(options, request.headers)
      return edgeError(400, problem.code, problem.message(t), { detail: problem.detail, graphql })
    }
  }
  return new Request(request.url, {
    body: body.byteLength ? body : undefined,
    headers,
    method: request.method,
  })
}

/** Whether a REST answer may stand for "the database could not be reached": a 5xx, or a signed-in caller treated as anonymous. */
const mayHideOutage = async (request: Request, response: Response): Promise<boolean> => {
  if (response.status >= 500) return true
  if (!isAuthenticated(request)) return false
  if (response.status === 401 || response.status === 403) return true
  if (new URL(request.url).pathname !== '/api/users/me' || response.status !== 200) return false
  return (
    (
      (await response
        .clone()
        .json()
        .catch(() => ({}))) as { user?: unknown }
    ).user === null
  )
}

/**
 * The API's edge, around REST route handlers: client address, body caps and JSON checks before
 * Payload; after it, an answer that hides an unreachable database (a 500; a 401 or `user: null` for a
 * token whose user could not be loaded, which Payload's JWT strategy turns into "anonymous") becomes
 * a 503 with Retry-After once `select 1` confirms the database does not answer.
 */
export const withApiEdge =
  (handler: EdgeHandler, options: EdgeOptions): EdgeHandler =>
  async (request, context) => {
    const admitted = await admitRequest(request, options)
    if (admitted instanceof Response) return admitted
    let response: Response
    let sawOutage: boolean
    try {
      ;({ sawOutage, value: response } = await witnessOutages(() => handler(admitted, context)))
    } catch (error) {
      const t = await edgeT(options, request.headers)
      if (isDatabaseUnavailable(error) || !(await options.databaseReachable()))
        return unavailable(t, false)
      console.error(error)
      return unexpected(t, false)
    }
    if (response.status === 503 && !response.headers.has('retry-after')) {
      const headers = new Headers(response.headers)
      headers.set('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS))
      return new Response(response.body, { headers, status: 503 })
    }
    if (
      response.status !== 503 &&
      (await mayHideOutage(admitted, response)) &&
      (sawOutage || !(await options.databaseReachable()))
    )
      return unavailable(await edgeT(options, request.headers), false)
    return response
  }
