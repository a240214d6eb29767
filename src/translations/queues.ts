import { defineStrings } from './define'

/** My work, the dashboard, assignment and notification e-mails (keys start with `queue` or `mail`). */
export const queueStrings = defineStrings(
  {
    queueMyWork: 'My work',
  },
  {
    queueMyWork: 'Mon travail',
  },
)
