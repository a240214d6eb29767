import type { AfterErrorHook } from 'payload'

import { tw } from '../translations'
import { englishT } from '../translations/english'
import { answerAs, causesOf } from './errorAnswers'

/** The English words (`errorDatabaseUnavailable`), for answers made without a language. */
export const DATABASE_UNAVAILABLE = 'The database is not reachable: try again in a few seconds.'
export const DATABASE_RETRY_AFTER_SECONDS = 5
export const DATABASE_UNAVAILABLE_CODE = 'database_unavailable'

/**
 * PostgreSQL codes that mean the connection, not the query, failed: 57P01-57P03 the server is
 * shutting down, crashed or starting; 08xxx connection exceptions. Node's codes when nothing listens
 * or the connection dropped, and node-postgres' messages when a pooled client lost its connection.
 */
const CONNECTION_CODES = new Set([
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
])
const CONNECTION_MESSAGES =
  /timeout exceeded when trying to connect|connect ECONNREFUSED|read ECONNRESET|Connection terminated|connection error and is not queryable|Client was closed and is not queryable|Cannot use a pool after calling end|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command/i

/** Whether an error (or one of its causes) says the database could not be reached. */
export const isDatabaseUnavailable = (error: unknown): boolean =>
  causesOf(error).some((cause) => {
    const { code, errors, message } = (cause ?? {}) as {
      code?: unknown
      errors?: unknown
      message?: unknown
    }
    if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true
    if (typeof message === 'string' && CONNECTION_MESSAGES.test(message)) return true
    // AggregateError (a refused connection to both ::1 and 127.0.0.1).
    return Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner))
  })

/** 503 with Retry-After and a message naming the database, instead of "Something went wrong" and 500. */
export const databaseUnavailableIs503: AfterErrorHook = ({ error, graphqlResult, req }) => {
  if (!isDatabaseUnavailable(error)) return
  if (req) {
    const headers = req.responseHeaders ?? new Headers()
    headers.set('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS))
    req.responseHeaders = headers
  }
  return answerAs(
    503,
    DATABASE_UNAVAILABLE_CODE,
    tw(req?.t ?? englishT, 'errorDatabaseUnavailable'),
    graphqlResult,
  )
}

type Queryable = { query: (sql: string) => Promise<unknown> }

/**
 * Whether `select 1` answers within `timeoutMs`, asked at most once per `cacheMs` however many
 * requests wonder at once. For answers that may hide an unreachable database (a 500, or a 401 for a
 * token whose user could not be loaded), so that they become 503s.
 */
export const databaseProbe = (
  pool: () => Promise<Queryable | undefined>,
  { cacheMs = 1000, timeoutMs = 2000 } = {},
) => {
  let last: { at: number; result: Promise<boolean> } | undefined
  const ask = async (): Promise<boolean> => {
    const client = await pool()
    if (!client) return true
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<boolean>(
      (resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)),
    )
    try {
      return await Promise.race([
        client.query('select 1').then(
          () => true,
          (error) => !isDatabaseUnavailable(error),
        ),
        timeout,
      ])
    } finally {
      clearTimeout(timer)
    }
  }
  return (): Promise<boolean> => {
    const now = Date.now()
    if (!last || now - last.at > cacheMs) last = { at: now, result: ask().catch(() => false) }
    return last.result
  }
}
