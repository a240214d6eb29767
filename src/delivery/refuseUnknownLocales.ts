import type { CollectionBeforeOperationHook } from 'payload'

import { tw } from '../translations'
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
    const choices = codes.map((code) => `locale=${code}`)
    const words = { codes: codes.join(', '), value: String(locale) }
    throw queryRefused(
      'unknown_locale',
      writing
        ? tw(req.t, 'edgeLocaleWrite', {
            ...words,
            // "locale=en or locale=fr", "… ou …": the caller's language's word for "or".
            choices: new Intl.ListFormat(req.i18n?.language ?? 'en', {
              type: 'disjunction',
            }).format(choices),
          })
        : tw(req.t, 'edgeLocaleRead', { ...words, choices: choices.join(', ') }),
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
      tw(req.t, 'edgeFallbackLocale', { codes: codes.join(', '), name, value: String(fallback) }),
    )
  }
  return args
}
