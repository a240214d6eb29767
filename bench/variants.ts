// The Payload config of each benchmark variant (BENCH_VARIANT): A vanilla Payload with the same
// collections, P vanilla plus the workflow plugin alone (to tell the plugin's cost from the app's),
// B this project.
import type { SanitizedConfig } from 'payload'

export const GOVERNED = ['policy-statements', 'briefing-notes', 'infographics', 'conference-recordings'] as const

export const variantConfig = async (variant: string | undefined): Promise<SanitizedConfig> => {
  if (variant === 'A') return (await import('./vanilla.config')).vanillaConfig()
  if (variant === 'P') return (await import('./vanilla.config')).vanillaConfig([(await import('../src/index')).editorialWorkflow({ collections: [...GOVERNED] })])
  return (await import('../payload.config')).default
}
