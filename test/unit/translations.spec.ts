import { describe, expect, it } from 'vitest'

import { languageName } from '../../src/admin/labels'
import { workflowTranslations } from '../../src/translations'
import { tFor } from '../helpers/translate'

describe('plugin strings', () => {
  it('has every key in English and French, none empty, the same placeholders in both', () => {
    const en = workflowTranslations.en.workflow as Record<string, string>
    const fr = workflowTranslations.fr.workflow as Record<string, string>
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort())
    const placeholders = (text: string) =>
      [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort()
    for (const key of Object.keys(en)) {
      expect(en[key]!.trim(), key).not.toBe('')
      expect(fr[key]!.trim(), key).not.toBe('')
      expect(placeholders(fr[key]!), key).toEqual(placeholders(en[key]!))
    }
  })

  it('names each language the plugin may be configured with, in both admin languages (not its code)', () => {
    expect(
      ['en', 'fr', 'es'].map((locale) => [
        languageName(tFor('en'), locale),
        languageName(tFor('fr'), locale),
      ]),
    ).toEqual([
      ['English', 'anglais'],
      ['French', 'français'],
      ['Spanish', 'espagnol'],
    ])
  })

  it('renames Payload\'s French "Republier", which reads as "publish again"', () => {
    expect(workflowTranslations.fr.version.revertToPublished).not.toMatch(/^Republier/)
  })
})
