import { describe, expect, it } from 'vitest'

import { slugify } from '../../collections/fields/slug'
import { validateVideoUrl } from '../../collections/fields/videoUrl'
import { formatBytes } from '../../collections/Media/types'
import { workflowTranslations } from '../../src/translations'

/** Payload's `t` for the English admin, over the plugin's strings. */
const t = (key: string, vars: Record<string, string> = {}) =>
  (workflowTranslations.en.workflow as Record<string, string>)[
    key.replace(/^workflow:/, '')
  ]!.replace(/{{(\w+)}}/g, (_, name: string) => vars[name] ?? '')
const noOptions = { req: { t } } as unknown as Parameters<typeof validateVideoUrl>[1]

describe('slugify', () => {
  it.each([
    ['Closed Work Permits', 'closed-work-permits'],
    ['Régularisation des personnes migrantes', 'regularisation-des-personnes-migrantes'],
    ['  Gender-Based   Violence!  ', 'gender-based-violence'],
    ["Droits à l'emploi", 'droits-a-l-emploi'],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected)
  })
})

describe('validateVideoUrl', () => {
  it('accepts https links from allowed hosts', () => {
    expect(validateVideoUrl('https://www.youtube.com/embed/abc', noOptions)).toBe(true)
    expect(validateVideoUrl('https://player.vimeo.com/video/123', noOptions)).toBe(true)
  })

  it('explains each refusal', () => {
    expect(validateVideoUrl('', noOptions)).toBe(
      'Video URL is required: paste the https address of the recording.',
    )
    expect(validateVideoUrl('youtube', noOptions)).toBe(
      'Video URL "youtube" is not a web address: paste a full https:// link.',
    )
    expect(validateVideoUrl('ftp://www.youtube.com/x', noOptions)).toBe(
      'Video URL must use https (got ftp): use the https:// link.',
    )
    expect(validateVideoUrl('https://youtube.com.evil.example/x', noOptions)).toMatch(
      /^Video host "youtube\.com\.evil\.example" is not allowed/,
    )
  })
})

describe('formatBytes', () => {
  it('uses KB below a megabyte and MB above', () => {
    expect([formatBytes(1), formatBytes(300 * 1024), formatBytes(20 * 1024 * 1024)]).toEqual([
      '1 KB',
      '300 KB',
      '20.0 MB',
    ])
  })
})
