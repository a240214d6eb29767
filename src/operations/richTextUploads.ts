import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres/drizzle'

import type { UploadPath } from '../uploads/uploadPaths'
import { columnOf, drizzleFor } from './drizzle'

// Any node, at any depth, that is an upload node for this file (ids stored as numbers or strings).
const UPLOAD_NODE =
  '$.** ? (@.type == "upload" && @.relationTo == $upload && (@.value == $id || @.value == $text || @.value.id == $id))'

/**
 * Whether a published document's top-level rich-text field (`paths`, all of one collection) holds an
 * upload node for this file, in `locale`. Payload's `where` cannot look inside rich text; PostgreSQL's
 * jsonpath can. Rich text inside arrays or blocks is not looked at.
 */
export const publishedRichTextUses = async (
  req: PayloadRequest,
  collection: string,
  paths: readonly UploadPath[],
  { id, locale, upload }: { id: number | string; locale: string; upload: string },
): Promise<boolean> => {
  const { db, table } = await drizzleFor(req, collection)
  const vars = sql`jsonb_build_object('upload', ${upload}::text, 'id', ${Number(id)}::numeric, 'text', ${String(id)}::text)`
  for (const { localized, path } of paths.filter(({ path }) => !path.includes('.'))) {
    const column = sql.identifier(columnOf(path))
    const query = localized
      ? sql`select 1 from ${sql.identifier(`${table}_locales`)} l join ${sql.identifier(table)} d on d.id = l._parent_id
            where d._status = 'published' and l._locale = ${locale} and jsonb_path_exists(l.${column}, ${UPLOAD_NODE}::jsonpath, ${vars}) limit 1`
      : sql`select 1 from ${sql.identifier(table)} d where d._status = 'published' and jsonb_path_exists(d.${column}, ${UPLOAD_NODE}::jsonpath, ${vars}) limit 1`
    if ((await db.execute(query)).rows.length > 0) return true
  }
  return false
}
