import type { SanitizedConfig } from 'payload'

import { getRequestLanguage } from 'payload'
import { parseCookies } from 'payload/shared'

import { i18nFor } from '../notifications/i18n'
import type { AnyT } from '../translations'
import { englishT } from '../translations/english'

export type EdgeTranslator = (headers: Headers) => Promise<AnyT>

/**
 * `t` in the language Payload would answer this request in (its `payload-lng` cookie, then
 * Accept-Language, then the fallback language), for refusals made before Payload has a `req`.
 * Reads only the config, never the database, so it also serves the "database unavailable" answer.
 */
export const edgeTranslator =
  (config?: Promise<SanitizedConfig> | SanitizedConfig): EdgeTranslator =>
  async (headers) => {
    if (!config) return englishT
    const resolved = await config
    const language = getRequestLanguage({
      config: resolved,
      cookies: parseCookies(headers),
      headers,
    })
    return (await i18nFor({ config: resolved }, language)).t
  }
