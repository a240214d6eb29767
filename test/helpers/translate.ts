import { workflowTranslations } from '../../src/translations'

/** Payload's `t` for the plugin's namespace, in one language, without a running Payload. */
export const tFor =
  (language: 'en' | 'fr') =>
  (key: string, vars: Record<string, number | string> = {}) => {
    const [namespace, name] = key.split(':') as [string, string]
    const text = (
      workflowTranslations[language] as unknown as Record<string, Record<string, string>>
    )[namespace]?.[name]
    return text === undefined
      ? key
      : text.replace(/{{(\w+)}}/g, (_, variable: string) => String(vars[variable] ?? ''))
  }
