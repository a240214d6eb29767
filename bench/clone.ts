import type pg from 'pg'

type Column = { default: null | string; name: string; type: string }

const columnsOf = async (client: pg.Client, table: string): Promise<Column[]> =>
  (
    await client.query<{ column_default: null | string; column_name: string; data_type: string }>(
      `select column_name, data_type, column_default from information_schema.columns where table_schema = 'public' and table_name = $1 order by ordinal_position`,
      [table],
    )
  ).rows.map((row) => ({ default: row.column_default, name: row.column_name, type: row.data_type }))

const tablesLike = async (client: pg.Client, pattern: string): Promise<string[]> =>
  (
    await client.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = 'public' and table_name like $1 order by table_name`,
      [pattern],
    )
  ).rows.map((row) => row.table_name)

const escapeLike = (text: string) => text.replace(/_/g, '\\_')
const q = (name: string) => `"${name}"`

/** The expression giving copy `k` of a column: ids shifted, unique texts suffixed. */
type Shifts = {
  idShift?: string
  parentColumn?: string
  parentShift: string
  relink?: Record<string, string>
}

const copyOf = (
  column: Column,
  { idShift, parentColumn, parentShift, relink = {} }: Shifts,
): null | string => {
  const c = q(column.name)
  if (relink[column.name]) return `${c} + ${relink[column.name]}`
  if (column.name === 'id') {
    if (column.default?.startsWith('nextval')) return idShift ? `${c} + ${idShift}` : null
    return `${c} || '-' || k`
  }
  if (column.name === parentColumn) return `${c} + ${parentShift}`
  if (column.name === '_uuid') return `${c} || '-' || k`
  if (/(^|_)slug$/.test(column.name)) return `${c} || '-' || k`
  if (/(^|_)title$/.test(column.name)) return `${c} || ' ' || k`
  if (/filename$/.test(column.name))
    return `regexp_replace(${c}, '(\\.[^.]*)?$', '-' || k || '\\1')`
  return c
}

const insertCopies = async (
  client: pg.Client,
  table: string,
  where: string,
  shifts: Shifts,
  copies: number,
) => {
  const columns = await columnsOf(client, table)
  const chosen = columns
    .map((column) => [column, copyOf(column, shifts)] as const)
    .filter(([, expr]) => expr !== null)
  const sql = `insert into ${q(table)} (${chosen.map(([column]) => q(column.name)).join(', ')})
    select ${chosen.map(([, expr]) => expr).join(', ')} from ${q(table)}, generate_series(1, ${copies}) as k where ${where}`
  await client.query(sql)
}

const parentColumnOf = async (client: pg.Client, table: string) => {
  const names = (await columnsOf(client, table)).map((column) => column.name)
  return names.includes('_parent_id')
    ? '_parent_id'
    : names.includes('parent_id')
      ? 'parent_id'
      : null
}

/**
 * Copies documents `ids` of collection table `base` (its locales, arrays, relations, and all its
 * versions with theirs) `copies` times in SQL, shifting ids and suffixing slugs, titles and file
 * names so every copy is distinct. `relink` shifts relationship columns of the main table (e.g.
 * `{ statement_id: 'k * 300' }`, the `shift` another cloneDocuments call returned; the versions'
 * `version_statement_id` follows) so copy k and its versions point at copy k of what it pointed to. Returns the document count afterwards and this call's id shift.
 */
export const cloneDocuments = async (
  client: pg.Client,
  base: string,
  ids: number[],
  copies: number,
  relink: Record<string, string> = {},
): Promise<{ count: number; shift: number }> => {
  const list = ids.join(', ')
  const maxId = Number(
    (await client.query(`select coalesce(max(id), 0) as m from ${q(base)}`)).rows[0].m,
  )
  const versions = `_${base}_v`
  const hasVersions = (await tablesLike(client, versions)).length === 1
  const maxVersion = hasVersions
    ? Number((await client.query(`select coalesce(max(id), 0) as m from ${q(versions)}`)).rows[0].m)
    : 0
  const docShift = `k * ${maxId}`
  const versionShift = `k * ${maxVersion}`
  await insertCopies(
    client,
    base,
    `id in (${list})`,
    { idShift: docShift, parentShift: docShift, relink },
    copies,
  )
  for (const child of await tablesLike(client, `${escapeLike(base)}\\_%`)) {
    const parent = await parentColumnOf(client, child)
    if (parent)
      await insertCopies(
        client,
        child,
        `${q(parent)} in (${list})`,
        { parentColumn: parent, parentShift: docShift },
        copies,
      )
  }
  if (hasVersions) {
    // A version's relationship columns carry the `version_` prefix: copy k's versions point at copy k too.
    const versionRelink = Object.fromEntries(
      Object.entries(relink).map(([column, shift]) => [`version_${column}`, shift]),
    )
    await insertCopies(
      client,
      versions,
      `parent_id in (${list})`,
      {
        idShift: versionShift,
        parentColumn: 'parent_id',
        parentShift: docShift,
        relink: versionRelink,
      },
      copies,
    )
    const versionIds = `select id from ${q(versions)} where parent_id in (${list})`
    for (const child of await tablesLike(client, `${escapeLike(versions)}\\_%`)) {
      const parent = await parentColumnOf(client, child)
      if (parent)
        await insertCopies(
          client,
          child,
          `${q(parent)} in (${versionIds})`,
          { parentColumn: parent, parentShift: versionShift },
          copies,
        )
    }
    await client.query(
      `select setval(pg_get_serial_sequence('${q(versions)}', 'id'), (select max(id) from ${q(versions)}))`,
    )
  }
  await client.query(
    `select setval(pg_get_serial_sequence('${q(base)}', 'id'), (select max(id) from ${q(base)}))`,
  )
  return {
    count: Number((await client.query(`select count(*) as n from ${q(base)}`)).rows[0].n),
    shift: maxId,
  }
}
