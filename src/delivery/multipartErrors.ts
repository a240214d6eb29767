import type { AfterErrorHook } from 'payload'

import { answerAs } from './errorAnswers'

const BOUNDARY_HINT =
  'send the file as a form (FormData) and let the client set the Content-Type header with its boundary'

/** busboy's and Payload's messages for a multipart body they cannot read, and what the caller should do. */
const MESSAGES: { matches: RegExp; message: (contentType: string) => string }[] = [
  {
    matches: /^Request is not eligible for file upload$|^Multipart: Boundary not found$/,
    message: (contentType) =>
      /boundary=/i.test(contentType)
        ? `The request's Content-Type "${contentType}" cannot be read as a form: ${BOUNDARY_HINT}.`
        : `The request says multipart/form-data but has no boundary parameter: ${BOUNDARY_HINT}.`,
  },
  {
    matches: /^Unexpected end of form$/,
    message: () =>
      `No file was uploaded: the form's parts do not match the boundary in the Content-Type header, or the body ends before its closing boundary; ${BOUNDARY_HINT}.`,
  },
  {
    matches: /^Malformed (?:part header|urlencoded form)$/,
    message: () =>
      'A part of the form has a malformed header (for instance a NUL or other control character in the file name): rename the file to a plain name (letters, digits, hyphens and one extension) and upload again.',
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
  return answerAs(400, 'unreadable_form', known.message(contentType), undefined)
}
