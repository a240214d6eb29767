import {
  getNamedType,
  Kind,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql/index.js'

type FieldsOf = { getFields?: () => Record<string, { extensions?: { field?: { name?: string } } }> }

/**
 * The top-level Payload fields a GraphQL query names on the documents it reads: the fields under
 * `docs` for a list query (`PolicyStatements`), the fields themselves for a by-id query
 * (`PolicyStatement`). Fragments and inline fragments count; a directive (`@include`) does not take
 * a field away, so the set may name more than the answer carries, never less.
 */
export const askedFields = (info: GraphQLResolveInfo, list: boolean): Set<string> => {
  const asked = new Set<string>()
  const collect = (set: SelectionSetNode | undefined, type: FieldsOf, atDocs: boolean) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FRAGMENT_SPREAD)
        collect(info.fragments[selection.name.value]?.selectionSet, type, atDocs)
      else if (selection.kind === Kind.INLINE_FRAGMENT)
        collect(selection.selectionSet, type, atDocs)
      else if (!atDocs) {
        const docs = type.getFields?.()[selection.name.value] as
          { type?: Parameters<typeof getNamedType>[0] } | undefined
        if (selection.name.value === 'docs' && docs?.type)
          collect(selection.selectionSet, getNamedType(docs.type) as unknown as FieldsOf, true)
      } else
        asked.add(
          type.getFields?.()[selection.name.value]?.extensions?.field?.name ?? selection.name.value,
        )
    }
  }
  for (const node of info.fieldNodes)
    collect(
      node.selectionSet,
      getNamedType(info.returnType) as GraphQLObjectType as FieldsOf,
      !list,
    )
  return asked
}
