import type { Config } from 'payload'
import type { TFunction } from '@payloadcms/translations'

import { deepMergeSimple } from 'payload/shared'

import { adminStrings } from './admin'
import { changesStrings } from './changes'
import { edgeStrings } from './edge'
import { appStrings, payloadOverrides } from './app'
import { queryStrings } from './queries'
import { queueStrings } from './queues'
import { serverStrings } from './server'
import { xliffStrings } from './xliff'

/** Payload i18n namespace of every plugin string: `t('workflow:panelTitle')`. */
export const NAMESPACE = 'workflow'

const parts = [
  adminStrings,
  appStrings,
  changesStrings,
  edgeStrings,
  queryStrings,
  queueStrings,
  serverStrings,
  xliffStrings,
] as const

type Part = (typeof parts)[number]
export type WorkflowKey = Part extends infer P
  ? P extends { en: Record<infer K, string> }
    ? K & string
    : never
  : never

const merged = (language: 'en' | 'fr') =>
  Object.assign({}, ...parts.map((part) => part[language])) as Record<WorkflowKey, string>

/** The plugin's strings in the shape of `config.i18n.translations`. */
export const workflowTranslations = {
  en: { ...payloadOverrides.en, [NAMESPACE]: merged('en') },
  fr: { ...payloadOverrides.fr, [NAMESPACE]: merged('fr') },
}

/** Merges the plugin's strings under the app's own: an app may override any of them. */
export const withWorkflowTranslations = (config: Config): Config => ({
  ...config,
  i18n: {
    ...config.i18n,
    translations: deepMergeSimple(
      workflowTranslations,
      config.i18n?.translations ?? {},
    ) as NonNullable<Config['i18n']>['translations'],
  },
})

type Vars = Record<string, number | string>

/**
 * Any `t`: the server's `req.t`, the admin's (typed with Payload's client keys only), a test's plain
 * function. Each takes string keys; `never` here accepts them all whatever keys they are typed with.
 */
export type AnyT = TFunction | ((key: never, vars?: never) => string)

/** A field's label or description in the admin's language, as Payload asks for one: `label: labelOf('fieldWorkflow')`. */
export const labelOf =
  (key: WorkflowKey, vars?: (t: AnyT) => Vars) =>
  ({ t }: { t: AnyT }): string =>
    tw(t, key, vars?.(t))

/** `t` for a plugin key, typed: `tw(req.t, 'panelTitle')`, `tw(useTranslation().t, 'panelTitle')`. */
export const tw = (t: AnyT, key: WorkflowKey, vars?: Vars): string =>
  (t as (key: string, vars?: Vars) => string)(`${NAMESPACE}:${key}`, vars)
