import type { Payload, PayloadRequest } from 'payload'

import { ASSIGNMENTS_SLUG } from '../collections/ReviewAssignments'
import { idOf, type Id } from '../workflow/ids'

type Row = { collection: string; document: string; reviewer?: unknown }

/** The reviewer assigned to one document, or null. */
export const assigneeOf = async (
  payload: Payload,
  collection: string,
  document: number | string,
  req?: PayloadRequest,
): Promise<Id | null> => {
  const { docs } = await payload.find({
    collection: ASSIGNMENTS_SLUG,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    where: {
      and: [{ collection: { equals: collection } }, { document: { equals: String(document) } }],
    },
  })
  return idOf((docs[0] as unknown as Row | undefined)?.reviewer)
}

/** Assigned reviewers of many documents of one collection: document id → reviewer id. */
export const assigneesOf = async (
  req: PayloadRequest,
  collection: string,
  documents: (number | string)[],
): Promise<Map<string, Id>> => {
  if (!documents.length) return new Map()
  const { docs } = await req.payload.find({
    collection: ASSIGNMENTS_SLUG,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: {
      and: [
        { collection: { equals: collection } },
        { document: { in: documents.map(String) } },
        { reviewer: { exists: true } },
      ],
    },
  })
  const map = new Map<string, Id>()
  for (const row of docs as unknown as Row[]) {
    const reviewer = idOf(row.reviewer)
    if (reviewer != null) map.set(row.document, reviewer)
  }
  return map
}

/** Documents of one collection assigned to a reviewer. */
export const assignedTo = async (
  req: PayloadRequest,
  collection: string,
  reviewer: Id,
): Promise<string[]> => {
  const { docs } = await req.payload.find({
    collection: ASSIGNMENTS_SLUG,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: { and: [{ collection: { equals: collection } }, { reviewer: { equals: reviewer } }] },
  })
  return (docs as unknown as Row[]).map((row) => row.document)
}
