import { initI18n } from '@payloadcms/translations'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { describe, expect, it } from 'vitest'

import { audienceFor, notificationFor } from '../../src/notifications/messages'
import { workflowTranslations } from '../../src/translations'

const tFor = async (language: 'en' | 'fr') =>
  (
    await initI18n({
      config: {
        fallbackLanguage: 'en',
        supportedLanguages: { en, fr },
        translations: workflowTranslations as never,
      },
      context: 'api',
      language,
    })
  ).t

const ctx = {
  actor: 'Emma',
  link: 'https://cms.example.org/admin/collections/policy-statements/7',
  title: 'Decent work',
}

describe('notification messages', () => {
  it('names who is told for each event', () => {
    const cases: [string, string, string, string | null][] = [
      ['submit', 'en', 'in_review', 'assignee'],
      ['withdraw', 'en', 'draft', 'assignee'],
      ['request_changes', 'en', 'changes_requested', 'submitter'],
      ['approve', 'en', 'approved', 'submitter'],
      ['publish', 'en', 'published', 'submitter'],
      ['submit_translation', 'fr', 'in_review', 'reviewers'],
      ['approve_translation', 'fr', 'approved', 'translationSubmitter'],
      ['source_changed', 'fr', 'outdated', 'translators'],
      ['source_changed', 'fr', 'in_progress', null],
      ['schedule', 'en', 'approved', null],
      ['unpublish', 'en', 'unpublished', null],
    ]
    expect(
      cases.map(([transition, locale, to]) => audienceFor({ locale, to, transition })),
    ).toEqual(cases.map((c) => c[3]))
  })

  it('writes each message in the language of the t it is given, with the link', async () => {
    const english = await tFor('en')
    const french = await tFor('fr')
    expect(
      notificationFor({ locale: 'en', to: 'in_review', transition: 'submit' }, ctx, english),
    ).toEqual({
      audience: 'assignee',
      subject: 'Review requested: Decent work',
      text: `Emma submitted "Decent work" for review.\n\nOpen it: ${ctx.link}`,
    })
    expect(
      notificationFor(
        {
          comment: 'Cite it.',
          locale: 'en',
          to: 'changes_requested',
          transition: 'request_changes',
        },
        ctx,
        french,
      )?.text,
    ).toBe(
      `Emma demande des modifications de « Decent work » :\n\nCite it.\n\nRévisez le document et soumettez-le à nouveau.\n\nOuvrir : ${ctx.link}`,
    )
    expect(
      notificationFor({ locale: 'fr', to: 'outdated', transition: 'source_changed' }, ctx, english)
        ?.subject,
    ).toBe('French outdated: Decent work')
    expect(
      notificationFor(
        { locale: 'fr', to: 'approved', transition: 'approve_translation' },
        ctx,
        french,
      )?.subject,
    ).toBe('Français approuvé : Decent work')
    expect(
      notificationFor(
        { locale: 'en', to: 'published', transition: 'publish' },
        { ...ctx, actor: '' },
        french,
      )?.text,
    ).toMatch(/^Quelqu'un a publié « Decent work »/)
    expect(
      notificationFor({ locale: 'en', to: 'approved', transition: 'schedule' }, ctx, english),
    ).toBeNull()
  })

  it("says what the system wrote in the recipient's language, fields by their labels; a person's comment as written", async () => {
    const french = await tFor('fr')
    const event = {
      comment: 'English changed: Summary. Update the French translation and submit it again.',
      locale: 'fr',
      message: [{ key: 'eventSourceRevised', vars: { fields: ['summary'], locale: 'fr' } }],
      to: 'outdated',
      transition: 'source_changed',
    }
    const text = notificationFor(
      event,
      {
        ...ctx,
        fieldsAs: (names) => names.map((name) => (name === 'summary' ? 'Résumé' : name)).join(', '),
      },
      french,
    )?.text
    expect(text).toContain(
      "La traduction en français est devenue périmée à la publication des modifications de l'anglais : Résumé.",
    )
    expect(text).not.toContain('English changed')
  })
})
