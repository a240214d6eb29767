import { richText } from '../lexical'
import { ensureMedia } from '../media'
import { onePagePdf } from '../pdf'
import type { ItemContext } from '../context'
import { actors, as, saveBilingual } from '../publish'
import { transitionDocument } from '../../src/index'
import type { StatementEntry } from '../schema'
import type { Step } from '../step'

const pdfOf = (ctx: ItemContext, entry: StatementEntry) =>
  ensureMedia(ctx, {
    alt: {
      en: `${entry.title.en}: policy position statement (PDF, English)`,
      fr: `${entry.title.fr ?? entry.title.en} : énoncé de position (PDF, en anglais)`,
    },
    build: () =>
      onePagePdf(`${entry.title.en}: Policy Position Statement`, [
        entry.summary.en,
        ...entry.body,
        'Recommendations',
        ...entry.recommendations.map((text, index) => `${index + 1}. ${text}`),
      ]),
    filename: `policy-statement-${entry.slug}.pdf`,
    language: 'en',
    mimeType: 'application/pdf',
  })

/** The French edition of the PDF, for a statement whose body is translated. */
const frenchPdfOf = (
  ctx: ItemContext,
  entry: StatementEntry,
  french: NonNullable<StatementEntry['french']>,
) =>
  ensureMedia(ctx, {
    alt: {
      en: `${entry.title.en}: policy position statement (PDF, French)`,
      fr: `${entry.title.fr} : énoncé de position (PDF, en français)`,
    },
    build: () =>
      onePagePdf(`${entry.title.fr} : énoncé de position`, [
        entry.summary.fr!,
        ...french.body,
        'Recommandations',
        ...french.recommendations.map((text, index) => `${index + 1}. ${text}`),
      ]),
    filename: `policy-statement-${entry.slug}-fr.pdf`,
    language: 'fr',
    mimeType: 'application/pdf',
  })

/**
 * The English summary revised after the French was approved, and republished through the workflow
 * (the editor submits, the reviewer approves and publishes): the French marker goes `outdated`.
 */
const republishRevised = async (ctx: ItemContext, id: number, summary: string) => {
  const { editor, reviewer } = await actors(ctx)
  if (!editor || !reviewer) return
  const target = { collection: 'policy-statements' as const, id }
  await as(ctx.req, { ...editor, collection: 'users' }, () =>
    ctx.payload.update({
      ...target,
      data: { summary },
      depth: 0,
      draft: true,
      locale: 'en',
      req: ctx.req,
    }),
  )
  await as(ctx.req, { ...editor, collection: 'users' }, () =>
    transitionDocument(ctx.req, { ...target, name: 'submit' }),
  )
  await as(ctx.req, { ...reviewer, collection: 'users' }, () =>
    transitionDocument(ctx.req, { ...target, name: 'approve' }),
  )
  await as(ctx.req, { ...reviewer, collection: 'users' }, () =>
    transitionDocument(ctx.req, { ...target, name: 'publish' }),
  )
}

export const statementsStep = (entries: readonly StatementEntry[]): Step<StatementEntry> => ({
  collection: 'policy-statements',
  create: async (ctx, entry) => {
    // A draft has no PDF yet: the site lists it as "coming soon".
    const statementPdf = entry.status === 'published' ? await pdfOf(ctx, entry) : undefined
    const { french } = entry
    const frenchText = french && {
      body: richText(french.body),
      recommendations: french.recommendations.map((text) => ({ text })),
      statementPdf: await frenchPdfOf(ctx, entry, french),
    }
    const id = await saveBilingual(ctx, 'policy-statements', {
      en: {
        body: richText(entry.body),
        recommendations: entry.recommendations.map((text) => ({ text })),
        slug: entry.slug,
        statementPdf,
        summary: entry.summary.en,
        title: entry.title.en,
        topic: entry.topic,
      },
      // Without a translated body, the French has only a title and a summary: readers get `partial`.
      fr: entry.title.fr
        ? { summary: entry.summary.fr, title: entry.title.fr, ...frenchText }
        : undefined,
      status: entry.status,
    })
    if (entry.revisedSummary && entry.status === 'published')
      await republishRevised(ctx, id, entry.revisedSummary)
  },
  entries,
  key: (entry) => entry.slug,
})
