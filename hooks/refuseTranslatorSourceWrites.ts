import type { CollectionBeforeChangeHook } from 'payload'

import { WorkflowError } from '../src/operations/errors'
import type { SanitizedWorkflowOptions } from '../src/types'
import { sameContent } from '../src/workflow/contentHash'
import { contentFieldNames, localizedFieldNames } from '../src/workflow/sourceContent'

const onlyTranslator = (roles: readonly string[]) =>
  roles.includes('translator') && !roles.some((role) => role === 'admin' || role === 'editor')

/**
 * Translators write target-locale fields and nothing else: not the source locale, not fields
 * shared by all languages (the source locale owns those). Holds on every write path.
 */
export const refuseTranslatorSourceWrites =
  (options: SanitizedWorkflowOptions): CollectionBeforeChangeHook =>
  ({ collection, data, operation, originalDoc, req }) => {
    const roles = ((req.user as { roles?: string[] } | null)?.roles ?? []) as string[]
    if (!onlyTranslator(roles)) return data
    const targets = options.targetLocales
    if (operation === 'create' || !req.locale || !targets.includes(req.locale)) {
      throw new WorkflowError(
        `Translators write ${targets.join(', ')} only: open the document in ${targets[0]} (locale=${targets[0]}) and save the translation there.`,
        403,
      )
    }
    const localized = localizedFieldNames(collection.fields)
    const shared = contentFieldNames(collection.fields).filter(
      (name) => !localized.has(name) && name in data && !sameContent(data[name], originalDoc?.[name]),
    )
    if (shared.length > 0) {
      throw new WorkflowError(
        `Translators cannot change ${shared.join(', ')}: these fields are shared by all languages and belong to the ${options.sourceLocale} version. Ask an editor.`,
        403,
      )
    }
    return data
  }
