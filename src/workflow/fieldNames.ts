/** Top-level fields the plugin adds to each governed collection (written by the plugin only). */
export const WORKFLOW_FIELD = 'workflow'
/** Staff-side translation status per target locale (the translation machine's state). */
export const TRANSLATION_FIELD = 'translationWorkflow'
/** What readers get per target locale on the published document: approved | partial | coming_soon | outdated. */
export const DELIVERY_FIELD = 'translation'
/** Inside DELIVERY_FIELD, per target locale: the translatable fields a read in that locale serves in the source language. */
export const FALLBACK_FIELDS = 'fallbackFields'
/** Per target locale: how many translatable fields of the published document have approved, missing or outdated text. */
export const PROGRESS_FIELD = 'translationProgress'

/** Per locale, the slug readers can follow on the published document (null where the locale is not served). */
export const ALTERNATES_FIELD = 'alternates'
/** Per locale, slugs readers could follow before (newest last), so front ends can redirect and caches purge them. */
export const PREVIOUS_SLUGS_FIELD = 'previousSlugs'

/** What readers get of the document: `published` (the full text) or `coming_soon` (an announced stub). */
export const PUBLIC_STATUS_FIELD = 'status'

export const PLUGIN_FIELDS = [
  WORKFLOW_FIELD,
  TRANSLATION_FIELD,
  DELIVERY_FIELD,
  PROGRESS_FIELD,
  ALTERNATES_FIELD,
  PREVIOUS_SLUGS_FIELD,
  PUBLIC_STATUS_FIELD,
] as const
