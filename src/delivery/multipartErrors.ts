import type { AfterErrorHook } from 'payload'

import { type AnyT, tw } from '../translations'
import { englishT } from '../translations/english'
import { answerAs } from './errorAnswers'

/** busboy's and Payload's messages for a multipart body they cannot read, and what the caller should do. */
const MESSAGES: { matches: RegExp; message: (t: AnyT, contentType: string) => string }[] = [
  {
    matches: /^Request is not eligible for file upload$|^Multipart: Boundary not found$/,
    message: (t, contentType) =>
      /boundary=/i.test(contentType)
        ? tw(t, 'edgeFormContentType', { contentType })
        : tw(t, 'edgeFormNoBoundary'),
  },
  {
    matches: /^Unexpected end of form$/,
    message: (t) => tw(t, 'edgeFormEnded'),
  },
  {
    matches: /^Malformed (?:part header|urlencoded form)$/,
    message: (t) => tw(t, 'edgeFormPartHeader'),
  },
]

/**
 * A multipart body that busboy cannot read reaches callers as "Something went wrong" and 500
 * (Payload wraps its error in an APIError without a status); answer 400 with what to fix instead.
 */
export const unreadableFormsAre400: AfterErrorHook = ({ error, graphqlResult, req }) => {
  const contentType = req?.headers?.get('content-type') ?? ''
  if (graphqlResult || !/^multipart\//i.test(contentType)) return
  const known = MESSAGES.find(({ matches }) => matches.test(error.message))
  if (!known) return
  return answerAs(400, 'unreadable_form', known.message(req?.t ?? englishT, contentType), undefined)
}
