/** Top-level fields the plugin adds to each governed collection (written by the plugin only). */
export const WORKFLOW_FIELD = 'workflow'
/** Staff-side translation status per target locale (the translation machine's state). */
export const TRANSLATION_FIELD = 'translationWorkflow'
/** What readers get per target locale on the published document: approved | coming_soon | outdated. */
export const DELIVERY_FIELD = 'translation'
/** Per target locale: how many translatable fields of the published document have approved, missing or outdated text. */
export const PROGRESS_FIELD = 'translationProgress'

/** Per locale, the slug readers can follow on the published document (null where the locale is not served). */
export const ALTERNATES_FIELD = 'alternates'

export const PLUGIN_FIELDS = [WORKFLOW_FIELD, TRANSLATION_FIELD, DELIVERY_FIELD, PROGRESS_FIELD, ALTERNATES_FIELD] as const
