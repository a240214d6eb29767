import {
  GraphQLError,
  Kind,
  type ASTNode,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql/index.js'
// The CommonJS build on purpose: graphql-http (which runs validation for Payload) tells a validation error
// from a crash with `instanceof GraphQLError`, and Node loads that build for `import 'graphql'` (graphql
// has no exports map) while bundlers and Vitest would pick the ESM one, a second GraphQLError class.

/**
 * Limits on what one GraphQL request may ask for. The numbers leave room for any page of the
 * site (a list with its images, sizes and related notes is about 6 levels deep and costs about 70;
 * a page with both languages and a few lists has a handful of aliases) while refusing queries built
 * to exhaust the server.
 */
export const GRAPHQL_LIMITS = {
  /** Aliased fields in one operation, counted wherever a fragment is spread (200 aliases of a list = 200 list queries). */
  maxAliases: 30,
  /**
   * Payload's cost estimate: 1 per field, 10 per relationship, join or upload field (Payload's default,
   * stated here). It also bounds the number of fields once fragments are expanded.
   */
  maxComplexity: 1000,
  /** Nested selection levels (introspection excepted: its type chain is deep by design). */
  maxDepth: 10,
} as const

export type GraphQLLimits = { maxAliases: number; maxComplexity: number; maxDepth: number }

type Shape = { aliases: number; depth: number; fields: number }
const NONE: Shape = { aliases: 0, depth: 0, fields: 0 }

/** The shape of each operation with its fragments expanded (memoised per fragment, so a fragment "bomb" costs linear time), and the fragments in a spread cycle. */
const measureDocument = (document: DocumentNode) => {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition)
  const memo = new Map<string, Shape>()
  const visiting = new Set<string>()
  const cycles = new Set<string>()
  const fragmentShape = (name: string): Shape => {
    const known = memo.get(name)
    if (known) return known
    const fragment = fragments.get(name)
    if (!fragment) return NONE
    if (visiting.has(name)) {
      cycles.add(name)
      return NONE
    }
    visiting.add(name)
    const shape = selectionShape(fragment.selectionSet)
    visiting.delete(name)
    memo.set(name, shape)
    return shape
  }
  const selectionShape = (set: SelectionSetNode): Shape => {
    const total = { aliases: 0, depth: 0, fields: 0 }
    for (const selection of set.selections) {
      let inner: Shape
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === '__schema' || selection.name.value === '__type') continue
        const below = selection.selectionSet ? selectionShape(selection.selectionSet) : NONE
        inner = {
          aliases: below.aliases + (selection.alias ? 1 : 0),
          depth: below.depth + 1,
          fields: below.fields + 1,
        }
      } else {
        inner =
          selection.kind === Kind.FRAGMENT_SPREAD
            ? fragmentShape(selection.name.value)
            : selectionShape(selection.selectionSet)
      }
      total.aliases += inner.aliases
      total.fields += inner.fields
      total.depth = Math.max(total.depth, inner.depth)
    }
    return total
  }
  for (const name of fragments.keys()) fragmentShape(name)
  const operations = document.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION
      ? [{ node: definition, ...selectionShape(definition.selectionSet) }]
      : [],
  )
  return { cycles: [...cycles], operations }
}

/**
 * Refuses an operation deeper than `maxDepth`, with more than `maxAliases` aliases, or with more than
 * `maxComplexity` fields once fragments are expanded, and fragments that spread themselves; each error
 * says what to change.
 *
 * Measured when the rule is created, before any rule visits the document: Payload's complexity rule
 * follows fragment spreads with neither a cycle check nor a memo, so a fragment that spreads itself
 * overflows the stack (a 500) and fragments that each spread the next twice take exponential time.
 * Such a document is refused here and its definitions are emptied, so the other rules have nothing
 * to walk; the refusal is the only error the caller gets.
 */
export const queryShapeRule =
  ({ maxAliases, maxComplexity, maxDepth }: GraphQLLimits): ValidationRule =>
  (context: ValidationContext) => {
    const document = context.getDocument()
    const { cycles, operations } = measureDocument(document)
    const report = (message: string, node: ASTNode) =>
      context.reportError(new GraphQLError(message, { nodes: [node] }))
    let refuseWhole = false
    for (const name of cycles) {
      report(
        `Fragment "${name}" spreads itself, directly or through other fragments: write the repeated fields out instead.`,
        document,
      )
      refuseWhole = true
    }
    for (const { aliases, depth, fields, node } of operations) {
      const name = node.name ? `"${node.name.value}"` : 'The query'
      if (fields > maxComplexity) {
        report(
          `${name} asks for ${fields} fields once its fragments are expanded; the limit is ${maxComplexity}: ask for fewer fields or split it into several requests.`,
          node,
        )
        refuseWhole = true
      }
      if (depth > maxDepth)
        report(
          `${name} is ${depth} levels deep; the limit is ${maxDepth}: ask for fewer nested relationships and fetch deeper ones in a second query.`,
          node,
        )
      if (aliases > maxAliases)
        report(
          `${name} has ${aliases} aliases; the limit is ${maxAliases}: split it into several requests.`,
          node,
        )
    }
    if (refuseWhole) (document.definitions as DefinitionNode[]).length = 0
    return {}
  }

/** The app's `graphQL` config: Payload's introspection switch and complexity limit, plus the shape rule. */
export const graphqlLimits = (limits: GraphQLLimits = GRAPHQL_LIMITS) => ({
  // Payload refuses __schema and __type when NODE_ENV is production (its default, stated here on purpose).
  disableIntrospectionInProduction: true,
  maxComplexity: limits.maxComplexity,
  validationRules: () => [queryShapeRule(limits)],
})
