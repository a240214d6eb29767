'use client'
import { useTranslation } from '@payloadcms/ui'

type Vars = Record<string, number | string>

/** Payload's `useTranslation`, with a `t` that also takes the plugin's keys (`tw(t, …)`, `stateLabel(t, …)`). */
export const useWorkflowTranslation = () => {
  const { i18n, t } = useTranslation()
  return { i18n, t: t as unknown as (key: string, vars?: Vars) => string }
}
