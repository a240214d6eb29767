import { isApprovalState, type ApprovalState } from './approval'
import { idOf, sameId, type Id } from './ids'

/** The workflow group stored on every document the plugin manages (source locale). */
export type WorkflowData = {
  /** When the stub readers get (status coming_soon) was announced, by whom, and the hash of its source fields; null when none is. */
  announcedAt: null | string
  announcedBy: Id | null
  announcedHash: null | string
  approvedBy: Id | null
  approvedHash: null | string
  contentHash: null | string
  editors: Id[]
  scheduledAt: null | string
  scheduledBy: Id | null
  state: ApprovalState
  submittedBy: Id | null
}

export const INITIAL_WORKFLOW: WorkflowData = {
  announcedAt: null,
  announcedBy: null,
  announcedHash: null,
  approvedBy: null,
  approvedHash: null,
  contentHash: null,
  editors: [],
  scheduledAt: null,
  scheduledBy: null,
  state: 'draft',
  submittedBy: null,
}

/** Reads the stored group, tolerating missing parts (documents created before the plugin). */
export const readWorkflow = (doc: null | Record<string, unknown> | undefined): WorkflowData => {
  const raw = (doc?.workflow ?? {}) as Record<string, unknown>
  const date = raw.scheduledAt
  const announcedAt = raw.announcedAt
  return {
    announcedAt:
      announcedAt instanceof Date
        ? announcedAt.toISOString()
        : typeof announcedAt === 'string'
          ? announcedAt
          : null,
    announcedBy: idOf(raw.announcedBy),
    announcedHash: typeof raw.announcedHash === 'string' ? raw.announcedHash : null,
    approvedBy: idOf(raw.approvedBy),
    approvedHash: typeof raw.approvedHash === 'string' ? raw.approvedHash : null,
    contentHash: typeof raw.contentHash === 'string' ? raw.contentHash : null,
    editors: Array.isArray(raw.editors)
      ? (raw.editors.map(idOf).filter((id) => id !== null) as Id[])
      : [],
    scheduledAt: date instanceof Date ? date.toISOString() : typeof date === 'string' ? date : null,
    scheduledBy: idOf(raw.scheduledBy),
    state: isApprovalState(raw.state) ? raw.state : 'draft',
    submittedBy: idOf(raw.submittedBy),
  }
}

/**
 * `editors` with `userId` once, last (four eyes counts everyone who changed the content; the last
 * one changed it most recently, which a refused stale save names).
 */
export const addEditor = (editors: Id[], userId: Id | undefined): Id[] =>
  userId === undefined ? editors : [...editors.filter((id) => !sameId(id, userId)), userId]

export const sameWorkflow = (a: WorkflowData, b: WorkflowData): boolean =>
  JSON.stringify(normalize(a)) === JSON.stringify(normalize(b))

const normalize = (data: WorkflowData) => ({
  ...data,
  announcedAt: data.announcedAt ? new Date(data.announcedAt).toISOString() : null,
  announcedBy: data.announcedBy === null ? null : String(data.announcedBy),
  approvedBy: data.approvedBy === null ? null : String(data.approvedBy),
  editors: data.editors.map(String),
  scheduledAt: data.scheduledAt ? new Date(data.scheduledAt).toISOString() : null,
  scheduledBy: data.scheduledBy === null ? null : String(data.scheduledBy),
  submittedBy: data.submittedBy === null ? null : String(data.submittedBy),
})
