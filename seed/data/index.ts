import type { SeedInput } from '../schema'
import { briefingNotes } from './briefingNotes'
import { conferenceRecordings } from './conferenceRecordings'
import { conferences } from './conferences'
import { infographics } from './infographics'
import { partners } from './partners'
import { policyStatements } from './policyStatements'
import { users } from './users'

/** Everything the seed loads, checked by seed/validate.ts before the first write. */
export const seedData: SeedInput = {
  'briefing-notes': briefingNotes,
  'conference-recordings': conferenceRecordings,
  conferences,
  infographics,
  partners,
  'policy-statements': policyStatements,
  users,
}
