import './changes.scss'

/**
 * Diff component of the workflow's bookkeeping groups (states, hashes, delivery, progress): nothing, so
 * that Payload's version comparison shows content only (a transition's version otherwise shows as a
 * state flip).
 */
export const NoDiff = () => null
