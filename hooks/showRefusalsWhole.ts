import type { AfterErrorHook } from 'payload'

type ErrorBody = {
  errors?: { data?: { errors?: unknown[] }; message?: string }[]
  message?: string
}

/**
 * Payload's admin form reads an error's `message` as "intro: field, field" and splits it at the first
 * colon and at every comma, so "changed by Ed Editor at 14:03 UTC since you loaded it: reload…"
 * showed as a list of fragments. A top-level `message` is shown as written: refusals that are not
 * field errors carry one (REST only; GraphQL clients read `errors`).
 */
export const showRefusalsWhole: AfterErrorHook = ({ graphqlResult, result }) => {
  const body = result as ErrorBody | undefined
  if (graphqlResult || !body?.errors?.length || body.message) return
  if (body.errors.some((error) => error.data?.errors?.length)) return
  const message = body.errors
    .map((error) => error.message)
    .filter(Boolean)
    .join(' ')
  if (message) return { response: { ...body, message } }
}
