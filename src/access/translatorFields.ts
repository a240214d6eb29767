import type { FieldAccess } from 'payload'

import { isOnlyTranslator } from '../workflow/roles'
import { workflowRolesOf, type RoleReading } from './roles'

/**
 * Field `access.update` that makes a field read-only in the admin form for translators where they
 * may not write it: every field in the source locale, and fields shared by all languages.
 *
 * Payload computes the form's field permissions with `{ id, data, doc, req }` and no `siblingData`;
 * on a write it passes `siblingData`, and there this answers true, so that the plugin's
 * `refuseTranslatorSourceWrites` hook refuses the write with a 403 that names the fields instead of
 * Payload silently dropping them. The hook is the guard; this only shapes the form.
 */
export const translatorReadOnly =
  (options: RoleReading & { localized: boolean; sourceLocale: string }): FieldAccess =>
  (args) => {
    if ('siblingData' in args && args.siblingData !== undefined) return true
    if (!isOnlyTranslator(workflowRolesOf(args.req.user, options))) return true
    return options.localized && Boolean(args.req.locale) && args.req.locale !== options.sourceLocale
  }
