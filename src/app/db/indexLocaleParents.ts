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
    extendTable({
      extraConfig: (columns) => ({
        parentIndex: index(localeParentIndexName(name)).on(columns._parentID),
      }),
      table,
    })
  }
  return schema
}

const SUFFIX = '_parent_id_idx'
/** PostgreSQL's limit on identifiers: a longer name is cut silently, and push would then see a different index. */
const MAX_IDENTIFIER = 63

/** `<table>_parent_id_idx`, with the table part shortened so the name stays within PostgreSQL's 63 bytes. */
export const localeParentIndexName = (table: string): string =>
  `${table.slice(0, MAX_IDENTIFIER - SUFFIX.length)}${SUFFIX}`
