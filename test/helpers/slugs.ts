export const STATEMENTS = 'policy-statements' as const
export const BRIEFING_NOTES = 'briefing-notes' as const
export const INFOGRAPHICS = 'infographics' as const
export const RECORDINGS = 'conference-recordings' as const
export const CONFERENCES = 'conferences' as const
export const PARTNERS = 'partners' as const
export const MEDIA = 'media' as const
export const USERS = 'users' as const
