import type { CollectionBeforeOperationHook } from 'payload'

import type { SanitizedWorkflowOptions } from '../src/types'

const isStaff = (user: unknown) => Boolean((user as { roles?: unknown[] } | null)?.roles?.length)

/**
 * Readers (callers without a staff role) get the published documents as published: `draft=true`
 * is ignored for them, and a target locale falls back to the source text even with
 * `fallback-locale=none`, because the published document carries a translation only where it is
 * approved (see deliverApprovedTranslations). Internal reads (overrideAccess) are left alone.
 */
export const serveReadersPublishedText =
  (options: SanitizedWorkflowOptions): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    const reading = operation === 'read' || (operation as string) === 'readDistinct'
    if (!reading || (args as { overrideAccess?: boolean }).overrideAccess || isStaff(req.user)) return args
    if (req.locale && options.targetLocales.includes(req.locale)) req.fallbackLocale = options.sourceLocale as typeof req.fallbackLocale
    return { ...args, draft: false }
  }
