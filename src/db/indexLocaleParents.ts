import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import { index } from '@payloadcms/db-postgres/drizzle/pg-core'

type SchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

/**
 * Adds an index on `_parent_id` to every locale table (`<collection>_locales`, and the versions'
 * `_<collection>_v_locales`). Payload indexes these tables only as unique (`_locale`, `_parent_id`),
 * but it reads a document's locales by `_parent_id` alone, which that index cannot narrow: each
 * document read scanned the whole index, so reads slowed down as the collection grew (0.43 ms per
 * document at 5,000 statements against 0.02 ms at 300; a draft save reads versions, and their
 * locale table holds every locale of every version). Payload's own schema hook, so `push` in
 * development and the committed migrations agree.
 */
export const indexLocaleParents: SchemaHook = ({ adapter, extendTable, schema }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!name.endsWith(adapter.localesSuffix ?? '_locales') || !('_parentID' in table)) continue
    extendTable({ extraConfig: (columns) => ({ parentIndex: index(`${name}_parent_id_idx`).on(columns._parentID) }), table })
  }
  return schema
}
