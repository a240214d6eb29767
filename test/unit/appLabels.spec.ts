import type { CollectionConfig, Field } from 'payload'

import { describe, expect, it } from 'vitest'

import { BriefingNotes } from '../../collections/BriefingNotes'
import { ConferenceRecordings } from '../../collections/ConferenceRecordings'
import { Conferences } from '../../collections/Conferences'
import { Infographics } from '../../collections/Infographics'
import { createMedia } from '../../collections/Media'
import { Partners } from '../../collections/Partners'
import { PolicyStatements } from '../../collections/PolicyStatements'
import { Users } from '../../collections/Users'
import { appLabels } from '../../src/translations/app'

const collections: CollectionConfig[] = [
  PolicyStatements,
  BriefingNotes,
  Infographics,
  ConferenceRecordings,
  Conferences,
  Partners,
  createMedia({ limits: { maxBytes: 1, maxPixels: 1 }, staticDir: '/tmp' }),
  Users,
] as CollectionConfig[]

/** A label the admin shows in English and in French: `{ en, fr }`, both written. */
const bilingual = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Record<string, unknown>).en === 'string' &&
  typeof (value as Record<string, unknown>).fr === 'string' &&
  (value as Record<string, string>).en.trim() !== '' &&
  (value as Record<string, string>).fr.trim() !== ''

/** Every field a person sees (named, not hidden or disabled), with the path the report names. */
const visibleFields = (
  fields: Field[],
  parent = '',
): { field: Field & { name: string }; path: string }[] =>
  fields.flatMap((field) => {
    const named =
      'name' in field && typeof field.name === 'string' ? (field as Field & { name: string }) : null
    const hidden =
      ('hidden' in field && field.hidden) ||
      (field.admin as { disabled?: boolean } | undefined)?.disabled
    const path = named ? `${parent}${named.name}` : parent
    const own = named && !hidden ? [{ field: named, path }] : []
    const children =
      'fields' in field && Array.isArray(field.fields) && !hidden
        ? visibleFields(field.fields, named ? `${path}.` : parent)
        : []
    return [...own, ...children]
  })

describe('the app’s labels in English and French', () => {
  it('every collection: singular, plural and group', () => {
    const missing = collections
      .filter(
        (c) =>
          !bilingual(c.labels?.singular) ||
          !bilingual(c.labels?.plural) ||
          !bilingual(c.admin?.group),
      )
      .map((c) => c.slug)
    expect(missing).toEqual([])
  })

  it('every visible field, array rows, select options and descriptions', () => {
    const missing: string[] = []
    for (const collection of collections) {
      for (const { field, path } of visibleFields(collection.fields)) {
        const where = `${collection.slug}.${path}`
        if (!bilingual((field as { label?: unknown }).label)) missing.push(`${where} (label)`)
        const description =
          field.admin && 'description' in field.admin ? field.admin.description : undefined
        if (description !== undefined && !bilingual(description))
          missing.push(`${where} (description)`)
        if (
          field.type === 'array' &&
          (!bilingual(field.labels?.singular) || !bilingual(field.labels?.plural))
        )
          missing.push(`${where} (row labels)`)
        if (field.type === 'select') {
          for (const option of field.options)
            if (typeof option === 'string' || !bilingual(option.label))
              missing.push(`${where} option ${JSON.stringify(option)}`)
        }
      }
    }
    expect(missing).toEqual([])
  })

  it('French is written, not copied: most labels differ from the English', () => {
    const keys = Object.keys(appLabels.en) as (keyof typeof appLabels.en)[]
    expect(Object.keys(appLabels.fr).sort()).toEqual([...keys].sort())
    const translated = keys.filter((key) => appLabels.fr[key] !== appLabels.en[key])
    expect(translated.length / keys.length).toBeGreaterThan(0.75)
    expect(PolicyStatements.labels).toEqual({
      plural: { en: 'Policy statements', fr: 'Prises de position' },
      singular: { en: 'Policy statement', fr: 'Prise de position' },
    })
  })
})
