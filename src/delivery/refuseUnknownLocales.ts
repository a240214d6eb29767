import type { CollectionBeforeOperationHook } from 'payload'

import { argsOf, fromCaller } from './callerQuery'
import { queryRefused } from './queryRefused'

const NO_FALLBACK = ['none', 'false', 'null']

/**
 * `?locale=` and `?fallback-locale=` must name a configured locale: Payload reads an unknown one as
 * the default locale, so `PATCH ?locale=xx` wrote English and `?locale=xx` read it, silently.
 * `all` (and `*`) is for reads only. GraphQL's locale arguments are enums already.
 */
export const refuseUnknownLocales: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const localization = req.payload.config.localization
  if (!localization || !fromCaller(argsOf(args), req)) return args
  const codes = localization.localeCodes
  const writing = operation === 'create' || operation === 'update'
  const query = (req.query ?? {}) as Record<string, unknown>
  const locale = query.locale
  if (
    locale !== undefined &&
    locale !== '' &&
    !(
      typeof locale === 'string' &&
      (codes.includes(locale) || (!writing && ['all', '*'].includes(locale)))
    )
  ) {
    throw queryRefused(
      'unknown_locale',
      writing
        ? `locale ${String(locale)} is not one of ${codes.join(', ')}: a write changes one language, so use ${codes.map((code) => `locale=${code}`).join(' or ')}.`
        : `locale ${String(locale)} is not one of ${codes.join(', ')} (or all for reads): use ${codes.map((code) => `locale=${code}`).join(', ')} or locale=all.`,
    )
  }
  for (const name of ['fallback-locale', 'fallbackLocale']) {
    const fallback = query[name]
    if (
      fallback === undefined ||
      fallback === '' ||
      (typeof fallback === 'string' && [...codes, ...NO_FALLBACK].includes(fallback))
    )
      continue
    throw queryRefused(
      'unknown_locale',
      `${name} ${String(fallback)} is not one of ${codes.join(', ')} or none: use ${name}=none to read without fallback, or a locale code.`,
    )
  }
  return args
}
