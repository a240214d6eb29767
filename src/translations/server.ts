import { defineStrings } from './define'

/** Refusals and messages of the API and the workflow machines (keys start with `error` or `state`). */
export const serverStrings = defineStrings(
  {
    stateDraft: 'Draft',
  },
  {
    stateDraft: 'Brouillon',
  },
)
