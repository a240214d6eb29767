import { defineStrings } from './define'

/** The workflow panel, its buttons and the document views (keys start with `panel`). */
export const adminStrings = defineStrings(
  {
    panelTitle: 'Workflow',
  },
  {
    panelTitle: 'Flux éditorial',
  },
)
