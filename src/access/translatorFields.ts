import type { FieldAccess } from 'payload'

type WithRoles = { roles?: null | readonly string[] } | null | undefined

/** A translator with no editor or admin role: writes target-locale fields only. */
export const isOnlyTranslator = (roles: null | readonly string[] | undefined): boolean =>
  Boolean(roles?.includes('translator')) && !roles!.some((role) => role === 'admin' || role === 'editor')

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
  (options: { localized: boolean; sourceLocale: string }): FieldAccess =>
  (args) => {
    if ('siblingData' in args && args.siblingData !== undefined) return true
    const user = args.req.user as WithRoles
    if (!isOnlyTranslator(user?.roles)) return true
    return options.localized && Boolean(args.req.locale) && args.req.locale !== options.sourceLocale
  }
