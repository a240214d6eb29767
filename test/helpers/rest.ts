import { GRAPHQL_POST, REST_GET, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

type Handler = (
  request: Request,
  context: { params: Promise<{ slug: string[] }> },
) => Promise<Response>

/** Payload's real Next.js route handlers for the app config, called with standard Requests. */
export const restHandlers = async () => {
  const { default: config } = await import('@payload-config')
  const get = REST_GET(config) as Handler
  const post = REST_POST(config) as Handler
  const patch = REST_PATCH(config) as Handler
  const put = REST_PUT(config) as Handler
  const graphql = GRAPHQL_POST(config) as (request: Request) => Promise<Response>
  const call = (handler: Handler, path: string, init?: RequestInit) => {
    const url = new URL(path, 'http://localhost:3000')
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    return handler(new Request(url, init), { params: Promise.resolve({ slug }) })
  }
  return {
    get: (path: string, init?: RequestInit) => call(get, path, { ...init, method: 'GET' }),
    graphql: (query: string, headers: Record<string, string> = {}) =>
      graphql(
        new Request('http://localhost:3000/api/graphql', {
          body: JSON.stringify({ query }),
          headers: { 'content-type': 'application/json', ...headers },
          method: 'POST',
        }),
      ),
    patch: (path: string, init?: RequestInit) => call(patch, path, { ...init, method: 'PATCH' }),
    post: (path: string, init?: RequestInit) => call(post, path, { ...init, method: 'POST' }),
    put: (path: string, init?: RequestInit) => call(put, path, { ...init, method: 'PUT' }),
    /** Logs in through the REST handler and returns the JWT. */
    token: async (email: string, password: string) => {
      const response = await call(post, '/api/users/login', {
        body: JSON.stringify({ email, password }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      })
      return ((await response.json()) as { token: string }).token
    },
  }
}

/** A JSON request as the holder of `token` (none: anonymous), optionally in `language`; a string body is sent as it is. */
export const jsonInit = (
  token: string | undefined,
  body?: unknown,
  language?: string,
): RequestInit => ({
  body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  headers: {
    'content-type': 'application/json',
    ...(token ? { authorization: `JWT ${token}` } : {}),
    ...(language ? { 'accept-language': language } : {}),
  },
})

/** Each account's JWT, signed in through the REST handler. */
export const tokensFor = async <K extends string>(
  api: Awaited<ReturnType<typeof restHandlers>>,
  people: Record<K, { email: string }>,
  password: string,
) => {
  const tokens = {} as Record<K, string>
  for (const [key, user] of Object.entries(people) as [K, { email: string }][])
    tokens[key] = await api.token(user.email, password)
  return tokens
}
