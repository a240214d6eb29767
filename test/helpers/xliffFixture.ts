import type { ApplyXliffExpectation, ExportXliffInput, XliffField } from '../../src/xliff'

export const COLLECTION = 'policy-statements'
export const DOC_ID = 42
export const HASHES = {
  body: 'hash-body',
  recommendations: 'hash-recs',
  summary: 'hash-summary',
  title: 'hash-title',
}

export const text = (value: string, format = 0) => ({
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text: value,
  type: 'text',
  version: 1,
})
const block = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  type,
  version: 1,
  ...extra,
})
export const link = (url: string, children: unknown[]) => ({
  children,
  fields: { linkType: 'custom', newTab: true, url },
  id: 'l1',
  type: 'link',
  version: 3,
})
export const lexical = (...children: unknown[]) => ({ root: block('root', children) })

/** English body: a heading, two paragraphs (bold, italic, a link, a line break), a list, a quote. */
export const body = (
  t = {
    h: 'Our position',
    p1: ['We ', 'strongly', ' support ', 'open data', ' & ', 'the charter', '.'],
    p2: ['First line', 'second line'],
    li: ['One', 'Two'],
    q: 'Quote <here>',
  },
) =>
  lexical(
    block('heading', [text(t.h)], { tag: 'h2' }),
    block('paragraph', [
      text(t.p1[0]!),
      text(t.p1[1]!, 1),
      text(t.p1[2]!),
      text(t.p1[3]!, 2),
      text(t.p1[4]!),
      link('https://example.org/charter?a=1&b=2', [text(t.p1[5]!, 1)]),
      text(t.p1[6]!),
    ]),
    block('paragraph', [text(t.p2[0]!), { type: 'linebreak', version: 1 }, text(t.p2[1]!)]),
    block(
      'list',
      [
        block('listitem', [text(t.li[0]!)], { value: 1 }),
        block('listitem', [text(t.li[1]!)], { value: 2 }),
      ],
      { listType: 'bullet', tag: 'ul' },
    ),
    block('quote', [text(t.q)]),
  )

export const fields = (): XliffField[] => [
  { kind: 'text', name: 'title', source: 'Fish & "chips" <today>', target: undefined },
  { kind: 'textarea', name: 'summary', source: 'A short summary.', target: undefined },
  {
    kind: 'array-text',
    name: 'recommendations',
    source: [
      { id: 'r1', text: 'Act now' },
      { id: 'r2', text: 'Fund it' },
    ],
    target: undefined,
  },
  { kind: 'richText', name: 'body', source: body(), target: undefined },
]

export const exportInput = (overrides: Partial<ExportXliffInput> = {}): ExportXliffInput => ({
  collection: COLLECTION,
  fields: fields(),
  id: DOC_ID,
  sourceHashes: HASHES,
  sourceLocale: 'en',
  targetLocale: 'fr',
  ...overrides,
})

export const expectation = (
  overrides: Partial<ApplyXliffExpectation> = {},
): ApplyXliffExpectation => ({
  collection: COLLECTION,
  currentSourceHashes: HASHES,
  fields: fields(),
  id: DOC_ID,
  targetLocale: 'fr',
  ...overrides,
})

/** The French every test expects back. */
export const FRENCH = {
  body: {
    h: 'Notre position',
    p1: ['Nous ', 'soutenons fermement', ' les ', 'données ouvertes', ' & ', 'la charte', ' !'],
    p2: ['Première ligne', 'deuxième ligne à suivre'],
    li: ['Un œuf', 'Deux façons'],
    q: 'Citation « ici » <là>',
  },
  recommendations: ['Agir dès maintenant', 'Le financer, ça presse'],
  summary: 'Un résumé « court » & précis.',
  title: 'Poisson & "frites" <aujourd’hui>',
}

/** The translated unit contents, in native markup, keyed by unit id. */
export const frenchUnits = (): Record<string, string> => {
  const { p1, p2, li } = FRENCH.body
  return {
    'body.0': FRENCH.body.h,
    'body.1': `${p1[0]}<b>${p1[1]}</b>${p1[2]}<i>${p1[3]}</i>${p1[4]}<a href="https://example.org/charter?a=1&b=2"><b>${p1[5]}</b></a>${p1[6]}`,
    'body.2': `${p2[0]}<br/>${p2[1]}`,
    'body.3.0': li[0]!,
    'body.3.1': li[1]!,
    'body.4': FRENCH.body.q,
    'recommendations.0.text': FRENCH.recommendations[0]!,
    'recommendations.1.text': FRENCH.recommendations[1]!,
    summary: FRENCH.summary,
    title: FRENCH.title,
  }
}

export const frenchFields = () =>
  fields().map((field) => ({
    ...field,
    target:
      field.name === 'body'
        ? body(FRENCH.body)
        : field.name === 'recommendations'
          ? FRENCH.recommendations.map((text) => ({ text }))
          : FRENCH[field.name as 'summary' | 'title'],
  }))

export const expectedFrench = () => ({
  body: body(FRENCH.body),
  recommendations: FRENCH.recommendations.map((text) => ({ text })),
  summary: FRENCH.summary,
  title: FRENCH.title,
})
