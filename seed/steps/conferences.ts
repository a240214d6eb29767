import { saveBilingual } from '../publish'
import type { ConferenceEntry } from '../schema'
import type { Step } from '../step'

export const conferencesStep = (entries: readonly ConferenceEntry[]): Step<ConferenceEntry> => ({
  collection: 'conferences',
  create: async (ctx, entry) => {
    await saveBilingual(ctx, 'conferences', {
      en: {
        endDate: entry.endDate,
        name: entry.name.en,
        organiser: entry.organiser,
        place: entry.place,
        slug: entry.slug,
        startDate: entry.startDate,
        summary: entry.summary.en,
      },
      fr: { name: entry.name.fr, summary: entry.summary.fr },
      status: 'published',
    })
  },
  entries,
  key: (entry) => entry.slug,
})
