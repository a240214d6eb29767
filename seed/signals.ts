/**
 * What `seed/run.ts` prints once Payload has started, i.e. once its schema push is done:
 * `npm run dev` lets Next.js reach the database only after this line.
 */
export const SCHEMA_READY_LINE = '[seed] schema ready'
