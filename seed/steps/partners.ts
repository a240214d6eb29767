import { saveBilingual } from '../publish'
import type { PartnerEntry } from '../schema'
import type { Step } from '../step'

export const partnersStep = (entries: readonly PartnerEntry[]): Step<PartnerEntry> => ({
  collection: 'partners',
  create: async (ctx, entry) => {
    await saveBilingual(ctx, 'partners', {
      en: {
        description: entry.description.en,
        organisation: entry.organisation,
        region: entry.region,
        website: entry.website,
      },
      fr: { description: entry.description.fr },
      status: 'published',
    })
  },
  entries,
  key: (entry) => entry.organisation,
})
