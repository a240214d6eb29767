import type { SelectField } from 'payload'

import { appLabel, type AppLabelKey } from '../../src/translations/app'

/** The app's content languages (payload.config.ts `localization.locales`). */
export const CONTENT_LOCALES = ['en', 'fr'] as const

const LOCALE_LABELS: Record<string, AppLabelKey> = { en: 'localeEn', fr: 'localeFr' }

/**
 * The language of what a file says (captions, a PDF's text, words in an image), so that a reader
 * served English captions in a French read can tell. Defaults to the locale the upload is made in
 * (`?locale=fr`, or the admin's content language); null for files without a language.
 */
export const languageField = (locales: readonly string[] = CONTENT_LOCALES): SelectField => ({
  name: 'language',
  type: 'select',
  admin: { description: appLabel('fileLanguageDescription'), position: 'sidebar' },
  defaultValue: ({ locale }: { locale?: string }) =>
    locale && locales.includes(locale) ? locale : undefined,
  label: appLabel('fileLanguage'),
  options: locales.map((code) => ({
    label: LOCALE_LABELS[code] ? appLabel(LOCALE_LABELS[code]) : code,
    value: code,
  })),
})
