import type { AcceptedLanguages, I18n } from '@payloadcms/translations'
import type { Payload } from 'payload'

import { initI18n } from '@payloadcms/translations'

const cache = new WeakMap<Payload, Map<string, Promise<I18n>>>()

/** Payload's i18n (the config's languages and strings, the plugin's included) in one language. */
export const i18nFor = (payload: Payload, language: string): Promise<I18n> => {
  const supported = Object.keys(payload.config.i18n.supportedLanguages ?? {})
  const chosen = supported.includes(language) ? language : payload.config.i18n.fallbackLanguage
  let byLanguage = cache.get(payload)
  if (!byLanguage) cache.set(payload, (byLanguage = new Map()))
  let i18n = byLanguage.get(chosen)
  if (!i18n) {
    i18n = initI18n({
      config: payload.config.i18n,
      context: 'api',
      language: chosen as AcceptedLanguages,
    })
    byLanguage.set(chosen, i18n)
  }
  return i18n
}
