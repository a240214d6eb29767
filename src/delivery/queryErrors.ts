import type { AfterErrorHook } from 'payload'

import { tw } from '../translations'
import { englishT } from '../translations/english'
import { answerAs, causesOf } from './errorAnswers'

/**
 * PostgreSQL refusals caused by a value the caller sent (always as a bound parameter, never as SQL):
 * 22P02 text where a number or one of a list of values is expected, 22003 a number out of range,
 * 22007/22008 a malformed or impossible date.
 */
const CALLER_VALUE_CODES = new Set(['22P02', '22003', '22007', '22008'])

const postgresCode = (error: unknown): string | undefined =>
  causesOf(error)
    .map((cause) => (cause as { code?: unknown }).code)
    .find((code): code is string => typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code))

const messagesOf = (error: unknown): string =>
  causesOf(error)
    .map((cause) => String((cause as { message?: unknown }).message))
    .join('\n')

// Payload 3.90 throws this TypeError for an operator the field type lacks (e.g. `near` on text); on a
// path inside a json field it writes the operator into a jsonpath it has no form for (`greater_than`
// becomes `@ undefined 0`), which PostgreSQL refuses as a syntax error (42601) in "jsonpath input".
const unsupportedOperator = (error: Error) =>
  (error instanceof TypeError &&
    /adapter\.operators\[\w+\] is not a function/.test(error.message)) ||
  (postgresCode(error) === '42601' && /jsonpath input/.test(messagesOf(error)))

/** Code (`errors[0].data.code`) and words of each kind of refusal. */
const CODE = { operator: 'unsupported_operator', value: 'bad_value' } as const
const MESSAGE = { operator: 'edgeUnsupportedOperator', value: 'edgeBadValue' } as const

/**
 * Answers 400 with what to fix, instead of "Something went wrong" and 500, when a query fails on a
 * value or operator the caller chose. The error is still logged first (Payload logs before this hook).
 */
export const callerQueryErrorsAre400: AfterErrorHook = ({ error, graphqlResult, req }) => {
  const kind = unsupportedOperator(error)
    ? 'operator'
    : CALLER_VALUE_CODES.has(postgresCode(error) ?? '')
      ? 'value'
      : null
  if (!kind) return
  return answerAs(400, CODE[kind], tw(req?.t ?? englishT, MESSAGE[kind]), graphqlResult)
}
