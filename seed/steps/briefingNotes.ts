import { requireId } from '../context'
import { richText } from '../lexical'
import { ensureMedia } from '../media'
import { onePagePdf } from '../pdf'
import { saveBilingual } from '../publish'
import type { BriefingNoteEntry } from '../schema'
import type { Step } from '../step'

export const briefingNotesStep = (
  entries: readonly BriefingNoteEntry[],
): Step<BriefingNoteEntry> => ({
  collection: 'briefing-notes',
  create: async (ctx, entry) => {
    const statement = await requireId(ctx, 'policy-statements', 'slug', entry.statement)
    const pdf = await ensureMedia(ctx, {
      alt: {
        en: `${entry.title.en} (PDF, English)`,
        fr: `${entry.title.fr ?? entry.title.en} (PDF, en anglais)`,
      },
      build: () => onePagePdf(entry.title.en, [entry.summary, ...entry.body]),
      filename: `${entry.slug}.pdf`,
      language: 'en',
      mimeType: 'application/pdf',
    })
    await saveBilingual(ctx, 'briefing-notes', {
      en: {
        body: richText(entry.body),
        pdf,
        slug: entry.slug,
        statement,
        summary: entry.summary,
        title: entry.title.en,
      },
      fr: entry.title.fr ? { title: entry.title.fr } : undefined,
      status: 'published',
    })
  },
  entries,
  key: (entry) => entry.slug,
})
