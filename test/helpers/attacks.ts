import { readdirSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'

import type { ApiServer } from './httpServer'
import { PASSWORD } from './workflow'

/** Rows in every table of the database: compared before and after an attack, nothing may have changed. */
export const rowCounts = async (databaseUri: string): Promise<Record<string, number>> => {
  const client = new pg.Client({ connectionString: databaseUri })
  await client.connect()
  try {
    const { rows } = await client.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    )
    const counts: Record<string, number> = {}
    for (const { table_name: table } of rows) {
      const result = await client.query<{ count: string }>(`select count(*) from "${table}"`)
      counts[table] = Number(result.rows[0]!.count)
    }
    return counts
  } finally {
    await client.end()
  }
}

/** Every file under `dir`, relative to it, sorted. */
export const filesUnder = (dir: string): string[] =>
  (
    readdirSync(dir, { recursive: true, withFileTypes: true }) as {
      isFile: () => boolean
      name: string
      parentPath: string
    }[]
  )
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()

export type Call = {
  body?: BodyInit | object
  headers?: Record<string, string>
  ip?: string
  method?: string
  token?: string
}

/** One request over HTTP to `server`; `ip` becomes the X-Forwarded-For a load balancer would send. */
export const request = (
  server: ApiServer,
  pathname: string,
  { body, headers = {}, ip, method = 'GET', token }: Call = {},
) => {
  const json =
    body !== undefined &&
    !(body instanceof FormData) &&
    typeof body === 'object' &&
    !(body instanceof Uint8Array)
  return fetch(`${server.url}${pathname}`, {
    body: json ? JSON.stringify(body) : (body as BodyInit | undefined),
    headers: {
      ...(json ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `JWT ${token}` } : {}),
      ...(ip ? { 'x-forwarded-for': ip } : {}),
      ...headers,
    },
    method,
  })
}

/** Signs in over HTTP and returns the JWT (from `ip`, so that rate-limit tests can keep addresses apart). */
export const loginOverHttp = async (
  server: ApiServer,
  email: string,
  { ip, password = PASSWORD }: { ip?: string; password?: string } = {},
) => {
  const response = await request(server, '/api/users/login', {
    body: { email, password },
    ip,
    method: 'POST',
  })
  if (response.status !== 200)
    throw new Error(`Login of ${email} answered ${response.status}: ${await response.text()}`)
  return ((await response.json()) as { token: string }).token
}

/** The first error message of a Payload-style error body. */
export const firstMessage = (body: unknown): string => {
  const errors =
    (body as { errors?: { data?: { errors?: { message: string }[] }; message: string }[] })
      .errors ?? []
  return errors[0]?.data?.errors?.[0]?.message ?? errors[0]?.message ?? ''
}

/** The first error's stable code (`errors[0].data.code`) of a Payload-style error body. */
export const firstCode = (body: unknown): string | undefined =>
  (body as { errors?: { data?: { code?: string } }[] }).errors?.[0]?.data?.code
