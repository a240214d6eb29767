import type { SeedInput } from '../schema'

// Demo accounts for development only (never created in production); the password is SEED_DEMO_PASSWORD.
// Two reviewers so that the four-eyes rule can be tried out.
export const users: SeedInput['users'] = [
  { email: 'admin@example.org', name: 'Demo Admin', roles: ['admin'] },
  { email: 'editor@example.org', name: 'Demo Editor', roles: ['editor'] },
  { email: 'translator@example.org', name: 'Demo Translator', roles: ['translator'] },
  { email: 'reviewer@example.org', name: 'Demo Reviewer', roles: ['reviewer'] },
  { email: 'reviewer2@example.org', name: 'Demo Second Reviewer', roles: ['reviewer'] },
]
