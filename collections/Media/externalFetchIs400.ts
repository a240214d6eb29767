import type { AfterErrorHook } from 'payload'

import { answerAs } from '../../src/delivery/errorAnswers'
import { EXTERNAL_FETCH_MARKER } from './refuseExternalFetch'

/** The refusal of refuseExternalFetch, which Payload wraps in a 500 FileRetrievalError, as a 400 with its message. */
export const externalFetchIs400: AfterErrorHook = ({ error, graphqlResult }) => {
  // GraphQL hands hooks its GraphQLError, with Payload's error as originalError.
  const original = (error as Error & { originalError?: Error }).originalError ?? error
  const at = original.message.indexOf(EXTERNAL_FETCH_MARKER)
  if (original.name !== 'FileRetrievalError' || at < 0) return
  return answerAs(400, 'external_fetch', original.message.slice(at), graphqlResult)
}
