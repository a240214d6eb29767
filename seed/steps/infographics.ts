import { type ItemContext, requireId } from '../context'
import { drawInfographic } from '../images'
import { ensureMedia } from '../media'
import { saveBilingual } from '../publish'
import type { InfographicEntry } from '../schema'
import type { Step } from '../step'

const FOOTER = {
  en: 'Alliance for Gender Justice in Migration',
  fr: 'Alliance pour la justice de genre dans la migration',
}
const KICKER = { en: 'Policy position', fr: 'Énoncé de position' }
const LANGUAGE = { en: { en: 'English', fr: 'anglais' }, fr: { en: 'French', fr: 'français' } }

/** Everything the picture says, in the picture's language. */
export const altTextOf = (entry: InfographicEntry, locale: 'en' | 'fr'): string =>
  `${KICKER[locale]}. ${entry.title[locale]}. ${entry.lines[locale].join('. ')}. ${FOOTER[locale]}.`.replace(
    /\.\./g,
    '.',
  )

const image = (ctx: ItemContext, entry: InfographicEntry, locale: 'en' | 'fr') =>
  ensureMedia(ctx, {
    alt: {
      en: `Infographic "${entry.title.en}", ${LANGUAGE[locale].en} version`,
      fr: `Infographie « ${entry.title.fr} », version en ${LANGUAGE[locale].fr}`,
    },
    build: () =>
      drawInfographic({
        colour: entry.colour,
        footer: FOOTER[locale],
        kicker: KICKER[locale],
        lines: entry.lines[locale],
        title: entry.title[locale],
      }),
    filename: `${entry.slug}-${locale}.png`,
    language: locale,
    mimeType: 'image/png',
  })

export const infographicsStep = (entries: readonly InfographicEntry[]): Step<InfographicEntry> => ({
  collection: 'infographics',
  create: async (ctx, entry) => {
    const statement = await requireId(ctx, 'policy-statements', 'slug', entry.statement)
    const [en, fr] = [await image(ctx, entry, 'en'), await image(ctx, entry, 'fr')]
    await saveBilingual(ctx, 'infographics', {
      en: {
        altText: altTextOf(entry, 'en'),
        image: en,
        slug: entry.slug,
        statement,
        title: entry.title.en,
      },
      // The picture carries words, so French readers get their own file.
      fr: { altText: altTextOf(entry, 'fr'), image: fr, title: entry.title.fr },
      status: 'published',
    })
  },
  entries,
  key: (entry) => entry.slug,
})
