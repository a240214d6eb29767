import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

type Handler = (
  request: Request,
  context: { params: Promise<{ slug: string[] }> },
) => Promise<Response>

/**
 * Payload's real REST route handlers for a fixture config (its Payload made with the default cache
 * key), called with standard Requests; `tokenOf` signs a user in at `/api/<usersSlug>/login`.
 */
export const routeHandlers = (config: Promise<SanitizedConfig>, usersSlug: string) => {
  const rest = async (method: 'GET' | 'POST', path: string, token?: string, body?: unknown) => {
    const handler = (method === 'GET' ? REST_GET(config) : REST_POST(config)) as Handler
    const url = new URL(path, 'http://localhost:3000')
    const headers = {
      'content-type': 'application/json',
      ...(token ? { authorization: `JWT ${token}` } : {}),
    }
    const request = new Request(url, {
      body: body === undefined ? undefined : JSON.stringify(body),
      headers,
      method,
    })
    return handler(request, {
      params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }),
    })
  }
  const tokenOf = async (email: string, password: string) =>
    (
      (await (
        await rest('POST', `/api/${usersSlug}/login`, undefined, { email, password })
      ).json()) as { token: string }
    ).token
  return { rest, tokenOf }
}
