/**
 * `joins` for the workflow's own reads, which need a document's fields and none of its join fields
 * (each join field is a subquery on another collection, and on its versions table for drafts).
 * Typed `never` because Payload types `joins` per collection slug (undefined for a slug known only
 * at run time), while `false` is valid for every collection.
 */
export const NO_JOINS = false as never
