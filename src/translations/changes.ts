import { defineStrings } from './define'

/** The "changes since the last review" view and the translator's English comparison (keys start with `changes`). */
export const changesStrings = defineStrings(
  {
    changesTitle: 'Changes since the last review',
  },
  {
    changesTitle: 'Modifications depuis la dernière relecture',
  },
)
