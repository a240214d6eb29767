import { describe, expect, it } from 'vitest'

import { applyXliff, exportXliff, parseXliff, XliffError } from '../../src/xliff'
import {
  COLLECTION,
  DOC_ID,
  expectation,
  expectedFrench,
  exportInput,
  fields,
  FRENCH,
  frenchFields,
  frenchUnits,
  HASHES,
} from '../helpers/xliffFixture'

const caught = (fn: () => unknown): XliffError => {
  try {
    fn()
  } catch (error) {
    if (error instanceof XliffError) return error
    throw error
  }
  throw new Error('expected an XliffError')
}

const importFile = (xml: string, overrides = {}) =>
  applyXliff(parseXliff(xml), expectation(overrides))

describe('exportXliff', () => {
  const xml = exportXliff(exportInput({ fields: frenchFields() }))

  it('writes one XLIFF 1.2 <file> for the document with the source hashes in header notes', () => {
    expect(xml).toContain('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">')
    expect(xml).toContain(
      `<file original="${COLLECTION}/${DOC_ID}" source-language="en" target-language="fr" datatype="plaintext">`,
    )
    for (const [field, hash] of Object.entries(HASHES))
      expect(xml).toContain(`<note from="cms">source-hash ${field} ${hash}</note>`)
    expect(parseXliff(xml).sourceHashes).toEqual(HASHES)
  })

  it('writes one unit per text field, array row and rich-text block', () => {
    expect([...parseXliff(xml).units.keys()].sort()).toEqual(Object.keys(frenchUnits()).sort())
  })

  it('writes inline formatting as paired codes and line breaks as placeholders, escaped, accents as UTF-8', () => {
    expect(xml).toContain(
      'We <bpt id="1" ctype="bold">&lt;b&gt;</bpt>strongly<ept id="1">&lt;/b&gt;</ept>',
    )
    expect(xml).toContain(
      '<bpt id="3" ctype="link">&lt;a href=&quot;https://example.org/charter?a=1&amp;b=2&quot;&gt;</bpt>',
    )
    expect(xml).toContain('First line<ph id="1" ctype="lb">&lt;br/&gt;</ph>second line')
    expect(xml).toContain('<source>Fish &amp; &quot;chips&quot; &lt;today&gt;</source>')
    expect(xml).toContain('<target state="translated">Un œuf</target>')
    expect(xml).toContain('Citation « ici » &lt;là&gt;')
  })

  it('writes no <target> where there is no translation yet', () => {
    const english = exportXliff(exportInput())
    expect(english).not.toContain('<target')
    expect([...parseXliff(english).units.values()].every((unit) => unit.target === undefined)).toBe(
      true,
    )
  })
})

describe('parseXliff + applyXliff', () => {
  it('round-trips the French of text, array and rich text (bold, italic, link, line break, heading, list, quote)', () => {
    const { data, incomplete } = importFile(exportXliff(exportInput({ fields: frenchFields() })))
    expect(data).toEqual(expectedFrench())
    expect(incomplete).toEqual([])
  })

  it('keeps the link fields from the source and a French URL when the translator changed it', () => {
    const exported = exportXliff(exportInput({ fields: frenchFields() }))
    const at = exported.lastIndexOf('charter?a=1&amp;b=2') // the one in <target>
    const xml = `${exported.slice(0, at)}charte?a=1${exported.slice(at + 'charter?a=1&amp;b=2'.length)}`
    const link = (
      importFile(xml).data.body as { root: { children: Array<{ children: unknown[] }> } }
    ).root.children[1]!.children[5]
    expect(link).toMatchObject({
      fields: { linkType: 'custom', newTab: true, url: 'https://example.org/charte?a=1' },
      id: 'l1',
      type: 'link',
    })
  })

  it('reads <g> and <x/> inline elements written by other tools', () => {
    const xml = exportXliff(exportInput()).replace(
      '<source>First line<ph id="1" ctype="lb">&lt;br/&gt;</ph>second line</source>',
      '<source>First line<ph id="1" ctype="lb">&lt;br/&gt;</ph>second line</source><target>Une <g id="1" ctype="bold">ligne</g><x id="2" ctype="lb"/>deux</target>',
    )
    expect(parseXliff(xml).units.get('body.2')?.target).toBe('Une <b>ligne</b><br/>deux')
  })

  it('leaves out fields with untranslated units instead of blanking the French', () => {
    const xml = exportXliff(
      exportInput({
        fields: fields().map((f) => (f.name === 'title' ? { ...f, target: FRENCH.title } : f)),
      }),
    )
    expect(importFile(xml)).toEqual({
      data: { title: FRENCH.title },
      incomplete: ['summary', 'recommendations', 'body'],
    })
  })
})

describe('errors', () => {
  const french = exportXliff(exportInput({ fields: frenchFields() }))

  it('malformed XML names the line', () => {
    const broken = french.split('\n')
    broken[6] = broken[6]!.replace('</note>', '</nope>')
    const error = caught(() => parseXliff(broken.join('\n')))
    expect(error).toMatchObject({ code: 'malformed', line: 7 })
    const ampersandLine = french.split('\n').findIndex((line) => line.includes('Un œuf')) + 1
    expect(caught(() => parseXliff(french.replace('Un œuf', 'Un & œuf')))).toMatchObject({
      code: 'malformed',
      line: ampersandLine,
    })
    expect(caught(() => parseXliff(''))).toMatchObject({ code: 'malformed', line: 1 })
  })

  it('wrong_document: another document, or not one XLIFF 1.2 file', () => {
    const other = caught(() => importFile(french, { id: 43 }))
    expect(other).toMatchObject({
      code: 'wrong_document',
      message: `This file is for ${COLLECTION}/${DOC_ID}, not ${COLLECTION}/43. Import it on that document, or export this one.`,
    })
    expect(caught(() => importFile(french, { collection: 'briefing-notes' })).code).toBe(
      'wrong_document',
    )
    expect(caught(() => parseXliff('<html/>')).code).toBe('wrong_document')
    const twoFiles = french.replace(
      '</xliff>',
      '<file original="x.po" source-language="en" datatype="po"><body/></file></xliff>',
    )
    expect(caught(() => parseXliff(twoFiles)).code).toBe('wrong_document')
  })

  it('wrong_locale: a file for another target language', () => {
    const error = caught(() =>
      importFile(french.replace('target-language="fr"', 'target-language="de"')),
    )
    expect(error).toMatchObject({
      code: 'wrong_locale',
      message:
        'This file translates "en" into "de"; expected "en" into "fr". Export a "fr" file and translate that.',
    })
  })

  it('stale_source: names every field whose English changed since export', () => {
    const error = caught(() =>
      importFile(french, { currentSourceHashes: { ...HASHES, body: 'new', summary: 'new' } }),
    )
    expect(error).toMatchObject({
      code: 'stale_source',
      fields: ['summary', 'body'],
      message: 'Source changed since export: summary, body. Export again.',
    })
  })
})
