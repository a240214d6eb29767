import { placeholderCaptions } from '../captions'
import { requireId } from '../context'
import { ensureMedia } from '../media'
import { saveBilingual } from '../publish'
import type { RecordingEntry } from '../schema'
import type { Step } from '../step'

export const recordingsStep = (entries: readonly RecordingEntry[]): Step<RecordingEntry> => ({
  collection: 'conference-recordings',
  create: async (ctx, entry) => {
    const conference = await requireId(ctx, 'conferences', 'slug', entry.conference)
    const captions = await ensureMedia(ctx, {
      alt: {
        en: `English captions for "${entry.title.en}"`,
        fr: `Sous-titres anglais de « ${entry.title.fr} »`,
      },
      build: () => placeholderCaptions(entry.title.en, entry.summary.en),
      filename: `${entry.slug}-en.vtt`,
      language: 'en',
      mimeType: 'text/vtt',
    })
    await saveBilingual(ctx, 'conference-recordings', {
      en: {
        captions,
        conference,
        durationMinutes: entry.durationMinutes,
        recordedOn: entry.recordedOn,
        slug: entry.slug,
        speakers: entry.speakers,
        summary: entry.summary.en,
        title: entry.title.en,
        videoUrl: entry.videoUrl,
      },
      fr: { summary: entry.summary.fr, title: entry.title.fr },
      status: 'published',
    })
  },
  entries,
  key: (entry) => entry.slug,
})
