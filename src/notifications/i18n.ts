import type { AcceptedLanguages, I18n } from '@payloadcms/translations'
import type { Payload } from 'payload'

import { initI18n } from '@payloadcms/translations'

const cache = new WeakMap<Payload['config'], Map<string, Promise<I18n>>>()

/**
 * Payload's i18n (the config's languages and strings, the plugin's included) in one language. Only the
 * config is read, so code with no Payload yet (the HTTP edge) passes `{ config }`.
 */
export const i18nFor = (payload: Pick<Payload, 'config'>, language: string): Promise<I18n> => {
  const supported = Object.keys(payload.config.i18n.supportedLanguages ?? {})
  const chosen = supported.includes(language) ? language : payload.config.i18n.fallbackLanguage
  let byLanguage = cache.get(payload.config)
  if (!byLanguage) cache.set(payload.config, (byLanguage = new Map()))
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
