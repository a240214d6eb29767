// The Payload config of each benchmark variant (BENCH_VARIANT): A vanilla Payload with the same
// collections, P vanilla plus the workflow plugin alone (to tell the plugin's cost from the app's),
// B this project.
import type { SanitizedConfig } from 'payload'

export const GOVERNED = [
  'policy-statements',
  'briefing-notes',
  'infographics',
  'conference-recordings',
] as const

/**
 * The server or worker a run key stands for: A2 and B2 are second, separate A and B processes (the
 * same code measured the same way: the run's own noise floor, and a second sample of each side),
 * B100 is B on the 100-document database.
 */
export const baseVariant = (key: string): string =>
  key === 'A2' ? 'A' : key === 'B2' || key === 'B100' ? 'B' : key

export const variantConfig = async (variant: string | undefined): Promise<SanitizedConfig> => {
  if (variant === 'A') return (await import('./vanilla.config')).vanillaConfig()
  if (variant === 'P')
    return (await import('./vanilla.config')).vanillaConfig([
      (await import('../src/index')).editorialWorkflow({ collections: [...GOVERNED] }),
    ])
  return (await import('../payload.config')).default
}
