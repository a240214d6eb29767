/** The REST detail read front ends send: one statement by slug, in French, its relations populated. */
export const restDetail = (slug: string): string =>
  `/api/policy-statements?where[slug][equals]=${slug}&locale=fr&depth=1&limit=1`

/** The REST list read front ends send: the 12 newest statements in French, their relations populated. */
export const restList = (): string =>
  '/api/policy-statements?locale=fr&limit=12&sort=-createdAt&depth=1'

/** The GraphQL detail read front ends send (one statement by slug, in French), as a POST body. */
export const graphqlDetail = (slug: string): string =>
  JSON.stringify({
    query: `{ PolicyStatements(where: { slug: { equals: "${slug}" } }, locale: fr, limit: 1) { docs { id title slug summary body } } }`,
  })
