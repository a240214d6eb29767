import { type AnyT, NAMESPACE, workflowTranslations } from './index'

const english = workflowTranslations.en[NAMESPACE] as Record<string, string>

/**
 * The plugin's strings in English, as `t` would say them, for the rare caller with no request and no
 * config to take a language from (a server that mounts the edge without one, an error hook called without `req`).
 */
export const englishT: AnyT = ((key: string, vars: Record<string, number | string> = {}) => {
  const text = english[key.replace(`${NAMESPACE}:`, '')]
  return text === undefined
    ? key
    : text.replace(/{{\s*(\w+)\s*}}/g, (_, name: string) => String(vars[name] ?? ''))
}) as AnyT
