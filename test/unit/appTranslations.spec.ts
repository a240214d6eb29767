import type { Payload } from 'payload'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { buildConfig, type CollectionSlug } from 'payload'
import { describe, expect, it } from 'vitest'

import { editorialWorkflow } from '../../src/index'
import { i18nFor } from '../../src/notifications/i18n'
import { notificationFor } from '../../src/notifications/messages'
import { tw } from '../../src/translations'

/**
 * An app words a plugin string its own way through `config.i18n.translations`, as it would any of
 * Payload's: its words win over the plugin's, in the admin (the panel) and in e-mails, and the
 * strings it leaves alone keep the plugin's words in both languages.
 */
const appConfig = () =>
  buildConfig({
    collections: [
      { slug: 'users', auth: true, fields: [] },
      {
        slug: 'notes',
        fields: [{ name: 'title', type: 'text', localized: true }],
        versions: { drafts: true },
      },
    ],
    // Never connects: buildConfig only sanitizes the config.
    db: postgresAdapter({ pool: { connectionString: 'postgres://127.0.0.1:1/unused' } }),
    i18n: {
      supportedLanguages: { en, fr },
      translations: {
        en: { workflow: { panelTitle: 'Editorial review' } },
        fr: {
          workflow: {
            fieldWorkflow: 'Relecture',
            mailSubmitSubject: 'À relire : {{title}}',
            panelTitle: 'Relecture éditoriale',
          },
        },
      },
    },
    localization: { defaultLocale: 'en', locales: ['en', 'fr'] },
    plugins: [editorialWorkflow({ collections: ['notes' as CollectionSlug] })],
    secret: 'unit-only-secret',
    telemetry: false,
  })

const link = {
  actor: 'Emma',
  link: 'https://cms.example.org/admin/collections/notes/7',
  title: 'Decent work',
}
const submit = { locale: 'en', to: 'in_review', transition: 'submit' }

describe("an app's own words for plugin strings", () => {
  it('override the panel label and an e-mail subject, per language, and leave the rest as the plugin ships it', async () => {
    // A new Payload-shaped object per test: i18nFor caches per payload.
    const payload = { config: await appConfig() } as unknown as Payload
    const [english, french] = await Promise.all([i18nFor(payload, 'en'), i18nFor(payload, 'fr')])
    expect([tw(english.t, 'panelTitle'), tw(french.t, 'panelTitle')]).toEqual([
      'Editorial review',
      'Relecture éditoriale',
    ])
    expect([
      notificationFor(submit, link, english.t)?.subject,
      notificationFor(submit, link, french.t)?.subject,
    ]).toEqual(['Review requested: Decent work', 'À relire : Decent work'])
    // Untouched keys keep the plugin's words; Payload's own strings are still there.
    expect([
      tw(english.t, 'mailApprovedSubject', { title: 'T' }),
      tw(french.t, 'mailApprovedSubject', { title: 'T' }),
    ]).toEqual(['Approved: T', 'Approuvé : T'])
    expect(french.t('general:cancel')).toBe('Annuler')
  })

  it("label the plugin's own fields in the admin's language, the app's words first", async () => {
    const config = await appConfig()
    const payload = { config } as unknown as Payload
    const [english, french] = await Promise.all([i18nFor(payload, 'en'), i18nFor(payload, 'fr')])
    const fields = config.collections.find(
      (collection) => (collection.slug as string) === 'notes',
    )!.fields
    const labelIn = (name: string, i18n: typeof english) => {
      const label = (
        fields.find((field) => 'name' in field && field.name === name) as { label?: unknown }
      ).label
      return typeof label === 'function' ? label({ i18n, t: i18n.t }) : label
    }
    expect([labelIn('workflow', english), labelIn('workflow', french)]).toEqual([
      'Workflow',
      'Relecture',
    ])
    expect([
      labelIn('translationProgress', english),
      labelIn('translationProgress', french),
    ]).toEqual(['Published translation progress', 'Avancement de la traduction publiée'])
  })
})
