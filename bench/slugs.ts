import type pg from 'pg'

/** The French slugs of the 50 newest published statements with approved French: what the hot paths read. */
export const frenchSlugs = async (client: pg.Client): Promise<string[]> => {
  const { rows } = await client.query<{ slug: string }>(
    `select l.slug from policy_statements s join policy_statements_locales l on l._parent_id = s.id and l._locale = 'fr'
     where s._status = 'published' and s.translation_fr = 'approved' order by s.id desc limit 50`,
  )
  if (rows.length < 10)
    throw new Error(
      `Only ${rows.length} published statements with approved French: the data load went wrong.`,
    )
  return rows.map((row) => row.slug)
}
