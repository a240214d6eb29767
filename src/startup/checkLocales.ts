import type { Config } from 'payload'

import type { SanitizedWorkflowOptions } from '../types'
import { WorkflowConfigError } from './configError'

const codesOf = (localization: Config['localization']): string[] =>
  localization
    ? localization.locales.map((locale) => (typeof locale === 'string' ? locale : locale.code))
    : []

/** `sourceLocale` and every `targetLocales` entry must be locales of `config.localization`. */
export const checkLocales = (
  localization: Config['localization'],
  options: SanitizedWorkflowOptions,
): void => {
  const wanted = [options.sourceLocale, ...options.targetLocales]
  if (!localization) {
    throw new WorkflowConfigError(
      'localization_off',
      `localization is off; the workflow translates from sourceLocale "${options.sourceLocale}" into targetLocales (${options.targetLocales.join(', ')}): set config.localization.locales to include ${wanted.map((code) => `"${code}"`).join(', ')}.`,
    )
  }
  const codes = codesOf(localization)
  const unknown = (code: string) => !codes.includes(code)
  const fix = `add it to config.localization.locales (now ${codes.join(', ')}) or change the option`
  if (unknown(options.sourceLocale)) {
    throw new WorkflowConfigError(
      'unknown_locale',
      `sourceLocale "${options.sourceLocale}" is not a configured locale: ${fix}.`,
      { locale: options.sourceLocale, option: 'sourceLocale' },
    )
  }
  const stray = options.targetLocales.find(unknown)
  if (stray)
    throw new WorkflowConfigError(
      'unknown_locale',
      `targetLocales names "${stray}", not a configured locale: ${fix}.`,
      { locale: stray, option: 'targetLocales' },
    )
  if (options.targetLocales.includes(options.sourceLocale)) {
    throw new WorkflowConfigError(
      'target_is_source',
      `targetLocales includes the sourceLocale "${options.sourceLocale}": a document is not translated into its own language; remove it.`,
      { locale: options.sourceLocale, option: 'targetLocales' },
    )
  }
}
