import type { PayloadRequest } from 'payload'

import type { SanitizedWorkflowOptions } from '../types'
import { readWorkflow } from '../workflow/state'
import { readTranslations } from '../workflow/translationState'

type Stored = Record<string, unknown> & { id: number | string; updatedAt: string }

// A transition writes the document, then its event, in one transaction: the event's createdAt is
// at most this much after the stored updatedAt (an edit that voids an approval records its event
// just before the document; its author is also the last of workflow.editors).
const SAME_WRITE_MS = 2000

/**
 * Who saved the stored version: the author of the workflow event written with it (a transition, or
 * the edit that voided an approval), else the most recent content editor the workflow recorded (the
 * source language's, then a target language's). Null when nobody is recorded.
 */
const authorOf = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  collection: string,
  stored: Stored,
) => {
  const { docs } = await req.payload.find({
    collection: options.eventsSlug as 'workflow-events',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req,
    sort: '-createdAt',
    where: {
      and: [{ collection: { equals: collection } }, { document: { equals: String(stored.id) } }],
    },
  })
  const event = docs[0] as undefined | { createdAt: string; user?: unknown }
  const gap = event ? Date.parse(event.createdAt) - Date.parse(stored.updatedAt) : Number.NaN
  if (event?.user != null && gap >= 0 && gap <= SAME_WRITE_MS) return event.user
  const source = readWorkflow(stored).editors
  if (source.length) return source[source.length - 1]
  const translated = Object.values(readTranslations(stored, options.targetLocales)).flatMap((t) =>
    t.editors.slice(-1),
  )
  return translated[0] ?? null
}

/** "Ed Editor" (their name, else e-mail) for the stored version's author, or "someone else". */
export const lastChangedBy = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  collection: string,
  stored: Stored,
): Promise<string> => {
  const id = await authorOf(req, options, collection, stored)
  if (id == null) return 'someone else'
  const user = (await req.payload.findByID({
    collection: options.usersSlug as 'users',
    depth: 0,
    disableErrors: true,
    id: id as number,
    overrideAccess: true,
    req,
  })) as null | { email?: string; name?: null | string }
  return user?.name || user?.email || 'someone else'
}
