// Benchmark server A: Payload with the app's collections (published-only read access included)
// and its localization, without the editorial workflow plugin. It reads the same database as B;
// the plugin's extra columns are there but A never selects them (no push: the schema is B's).
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type Plugin } from 'payload'
import sharp from 'sharp'

import { BriefingNotes } from '../collections/BriefingNotes'
import { ConferenceRecordings } from '../collections/ConferenceRecordings'
import { Conferences } from '../collections/Conferences'
import { Infographics } from '../collections/Infographics'
import { createMedia } from '../collections/Media'
import { Partners } from '../collections/Partners'
import { PolicyStatements } from '../collections/PolicyStatements'
import { Users } from '../collections/Users'

/**
 * A's config; `plugins` lets a profiling run add one plugin at a time. A function, not a built
 * config: buildConfig changes the collection objects it is given, so each server builds once.
 */
export const vanillaConfig = (plugins: Plugin[] = []) =>
  buildConfig({
    admin: { user: Users.slug },
    collections: [
      PolicyStatements,
      BriefingNotes,
      Infographics,
      ConferenceRecordings,
      Conferences,
      Partners,
      createMedia({
        limits: { maxBytes: 20 * 1024 * 1024, maxPixels: 50_000_000 },
        staticDir: process.env.MEDIA_DIR ?? '.data/media',
      }),
      Users,
    ],
    db: postgresAdapter({ pool: { connectionString: process.env.DATABASE_URI }, push: false }),
    editor: lexicalEditor(),
    localization: { defaultLocale: 'en', fallback: true, locales: ['en', 'fr'] },
    secret: process.env.PAYLOAD_SECRET ?? 'bench-only-secret',
    sharp,
    telemetry: false,
    plugins,
    typescript: { autoGenerate: false },
  })
