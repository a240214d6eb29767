import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// `alternates` and `translationProgress` became json fields (src/fields/deliveryFields.ts): one
// jsonb column each instead of a column per locale and count. Each governed collection's row and
// its versions' rows (columns prefixed `version_`) keep their values across the change, both ways.
const TABLES = [
  'policy_statements',
  'briefing_notes',
  'infographics',
  'conference_recordings',
].flatMap((table) => [
  { prefix: '', table },
  { prefix: 'version_', table: `_${table}_v` },
])
const COUNTS = ['approved', 'missing', 'outdated', 'total']

const toJson = ({ prefix: p, table }: (typeof TABLES)[number]) => `
  ALTER TABLE "${table}" ADD COLUMN "${p}alternates" jsonb;
  ALTER TABLE "${table}" ADD COLUMN "${p}translation_progress" jsonb;
  UPDATE "${table}" SET
    "${p}alternates" = jsonb_build_object('en', "${p}alternates_en", 'fr', "${p}alternates_fr"),
    "${p}translation_progress" = jsonb_build_object('fr', jsonb_build_object(${COUNTS.map((count) => `'${count}', coalesce("${p}translation_progress_fr_${count}", 0)`).join(', ')}));
  ALTER TABLE "${table}" DROP COLUMN "${p}alternates_en";
  ALTER TABLE "${table}" DROP COLUMN "${p}alternates_fr";
  ${COUNTS.map((count) => `ALTER TABLE "${table}" DROP COLUMN "${p}translation_progress_fr_${count}";`).join('\n  ')}`

const toColumns = ({ prefix: p, table }: (typeof TABLES)[number]) => `
  ALTER TABLE "${table}" ADD COLUMN "${p}alternates_en" varchar;
  ALTER TABLE "${table}" ADD COLUMN "${p}alternates_fr" varchar;
  ${COUNTS.map((count) => `ALTER TABLE "${table}" ADD COLUMN "${p}translation_progress_fr_${count}" numeric DEFAULT 0;`).join('\n  ')}
  UPDATE "${table}" SET
    "${p}alternates_en" = "${p}alternates"->>'en',
    "${p}alternates_fr" = "${p}alternates"->>'fr',
    ${COUNTS.map((count) => `"${p}translation_progress_fr_${count}" = coalesce(("${p}translation_progress"->'fr'->>'${count}')::numeric, 0)`).join(',\n    ')};
  ALTER TABLE "${table}" DROP COLUMN "${p}alternates";
  ALTER TABLE "${table}" DROP COLUMN "${p}translation_progress";`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(TABLES.map(toJson).join('\n')))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(TABLES.map(toColumns).join('\n')))
}
