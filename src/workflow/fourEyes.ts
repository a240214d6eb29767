import { sameId } from './ids'

/** Who took part in a piece of work under review: who submitted it, who changed it since its last approval. */
export type Authorship = { editors: readonly unknown[]; submittedBy?: unknown }

/** Everyone four eyes bars from reviewing the work, as strings (for lists a browser compares). */
export const authorsOf = (work: Authorship): string[] =>
  [work.submittedBy, ...work.editors].filter((id) => id !== null && id !== undefined).map(String)

/**
 * Four eyes: why `userId` may not approve (or be assigned to review) work they took part in, or null
 * when they may. The one check behind approval, translation approval, announcing, the review queues
 * and assignments.
 */
export const fourEyesConflict = (
  userId: unknown,
  work: Authorship,
): 'edited' | 'submitted' | null =>
  sameId(work.submittedBy, userId)
    ? 'submitted'
    : work.editors.some((id) => sameId(id, userId))
      ? 'edited'
      : null
