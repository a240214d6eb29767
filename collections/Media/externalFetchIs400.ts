import type { AfterErrorHook } from 'payload'

import { answerAs } from '../../src/delivery/errorAnswers'
import { tw } from '../../src/translations'
import { refusedFetchUrl } from './refuseExternalFetch'

/**
 * The refusal of refuseExternalFetch, which Payload wraps in a 500 FileRetrievalError, as a 400
 * `external_fetch` in the caller's language (it is found by its marker, not by its words).
 */
export const externalFetchIs400: AfterErrorHook = ({ error, graphqlResult, req }) => {
  // GraphQL hands hooks its GraphQLError, with Payload's error as originalError.
  const original = (error as Error & { originalError?: Error }).originalError ?? error
  const url = original.name === 'FileRetrievalError' ? refusedFetchUrl(original.message) : null
  if (url === null) return
  return answerAs(400, 'external_fetch', tw(req.t, 'errorExternalFetch', { url }), graphqlResult)
}
