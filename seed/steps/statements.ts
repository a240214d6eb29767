import { richText } from '../lexical'
import { ensureMedia } from '../media'
import { onePagePdf } from '../pdf'
import { saveBilingual } from '../publish'
import type { StatementEntry } from '../schema'
import type { Step } from '../step'

export const statementsStep = (entries: readonly StatementEntry[]): Step<StatementEntry> => ({
  collection: 'policy-statements',
  create: async (ctx, entry) => {
    // A draft has no PDF yet: the site lists it as "coming soon".
    const statementPdf =
      entry.status === 'published'
        ? await ensureMedia(ctx, {
            alt: {
              en: `${entry.title.en}: policy position statement (PDF, English)`,
              fr: `${entry.title.fr} : énoncé de position (PDF, en anglais)`,
            },
            build: () =>
              onePagePdf(`${entry.title.en}: Policy Position Statement`, [
                entry.summary.en,
                ...entry.body,
                'Recommendations',
                ...entry.recommendations.map((text, index) => `${index + 1}. ${text}`),
              ]),
            filename: `policy-statement-${entry.slug}.pdf`,
            mimeType: 'application/pdf',
          })
        : undefined
    await saveBilingual(ctx, 'policy-statements', {
      en: {
        body: richText(entry.body),
        recommendations: entry.recommendations.map((text) => ({ text })),
        slug: entry.slug,
        statementPdf,
        summary: entry.summary.en,
        title: entry.title.en,
        topic: entry.topic,
      },
      // The French body stays empty: the site says "French version coming soon".
      fr: { summary: entry.summary.fr, title: entry.title.fr },
      status: entry.status,
    })
  },
  entries,
  key: (entry) => entry.slug,
})
