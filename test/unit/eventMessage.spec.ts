import { describe, expect, it } from 'vitest'

import {
  type EventMessage,
  eventMessageText,
  isEventMessage,
} from '../../src/operations/eventMessage'
import { workflowTranslations } from '../../src/translations'

const tFor = (language: 'en' | 'fr') =>
  ((key: string, vars: Record<string, number | string> = {}) => {
    const [namespace, name] = key.split(':') as [string, string]
    const text = (
      workflowTranslations[language] as unknown as Record<string, Record<string, string>>
    )[namespace]?.[name]
    return text === undefined
      ? key
      : text.replace(/{{(\w+)}}/g, (_, variable: string) => String(vars[variable] ?? ''))
  }) as never

const labels = {
  en: { summary: 'Summary', title: 'Title' },
  fr: { summary: 'Résumé', title: 'Titre' },
}

describe('event messages: what the system wrote, in each reader’s language', () => {
  const outdated: EventMessage = [
    { key: 'eventSourceRevised', vars: { fields: ['title', 'summary'], locale: 'fr' } },
  ]

  it('renders fields by their labels and the locale as a language, in English and in French', () => {
    expect(
      eventMessageText(tFor('en'), outdated, (names) =>
        names.map((n) => labels.en[n as 'title']).join(', '),
      ),
    ).toBe(
      'The French translation went out of date when the English changes were published: Title, Summary. Update it and submit it again.',
    )
    expect(
      eventMessageText(tFor('fr'), outdated, (names) =>
        names.map((n) => labels.fr[n as 'title']).join(', '),
      ),
    ).toBe(
      "La traduction en français est devenue périmée à la publication des modifications de l'anglais : Titre, Résumé. Mettez-la à jour et soumettez-la de nouveau.",
    )
  })

  it('joins several parts: an edit that called off a scheduled publication', () => {
    const message: EventMessage = [
      { key: 'eventEditVoided' },
      { key: 'eventScheduleCalledOff', vars: { date: '2026-12-08T09:00:00.000Z' } },
    ]
    expect(eventMessageText(tFor('fr'), message, String)).toBe(
      "Le contenu a été modifié, l'approbation ne vaut donc plus : soumettez-le de nouveau à la relecture. La publication programmée le 2026-12-08T09:00:00.000Z a été annulée.",
    )
  })

  it('recognises stored messages, and not what older events hold', () => {
    expect(isEventMessage(outdated)).toBe(true)
    expect(isEventMessage(null)).toBe(false)
    expect(isEventMessage('text')).toBe(false)
    expect(isEventMessage([{ vars: {} }])).toBe(false)
  })
})
