/** The GraphQL detail read front ends send (one statement by slug, in French), as a POST body. */
export const graphqlDetail = (slug: string): string =>
  JSON.stringify({ query: `{ PolicyStatements(where: { slug: { equals: "${slug}" } }, locale: fr, limit: 1) { docs { id title slug summary body } } }` })
