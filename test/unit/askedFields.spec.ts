import {
  graphql,
  GraphQLID,
  GraphQLList,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  type GraphQLResolveInfo,
} from 'graphql/index.js'
import { describe, expect, it } from 'vitest'

import { askedFields } from '../../src/delivery/askedFields'

// A document type as Payload builds it: each field carries its Payload field in `extensions.field`.
const Translation = new GraphQLObjectType({
  name: 'Translation',
  fields: { fr: { type: GraphQLString } },
})
const Doc = new GraphQLObjectType({
  name: 'Doc',
  fields: {
    id: { type: GraphQLID },
    title: { type: GraphQLString, extensions: { field: { name: 'title' } } },
    translation: { type: Translation, extensions: { field: { name: 'translation' } } },
    translation_progress: {
      type: GraphQLString,
      extensions: { field: { name: 'translationProgress' } },
    },
  },
})
const Docs = new GraphQLObjectType({
  name: 'Docs',
  fields: { docs: { type: new GraphQLList(Doc) }, totalDocs: { type: GraphQLString } },
})

const askedBy = async (query: string) => {
  const seen: Record<string, string[]> = {}
  const capture =
    (list: boolean) => (_: unknown, __: unknown, ___: unknown, info: GraphQLResolveInfo) => {
      seen[info.path.key as string] = [...askedFields(info, list)].sort()
      return list ? { docs: [] } : null
    }
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        Doc: { type: Doc, resolve: capture(false) },
        Docs: { type: Docs, resolve: capture(true) },
      },
    }),
  })
  const { errors } = await graphql({ schema, source: query })
  expect(errors).toBeUndefined()
  return seen
}

describe('askedFields: the Payload fields a GraphQL query names on the documents it reads', () => {
  it('reads the fields under docs for a list and the fields themselves by id, by their Payload names', async () => {
    expect(
      await askedBy(
        '{ Docs { totalDocs docs { id title translation_progress } } Doc { translation { fr } } }',
      ),
    ).toEqual({
      Doc: ['translation'],
      Docs: ['id', 'title', 'translationProgress'],
    })
  })

  it('counts fields named in fragments, inline fragments and under aliases', async () => {
    const query = `fragment T on Doc { translation { fr } }
      { a: Docs { docs { ...T } } b: Docs { docs { ... on Doc { title } } } c: Doc { ...T title @include(if: false) } }`
    expect(await askedBy(query)).toEqual({
      a: ['translation'],
      b: ['title'],
      c: ['title', 'translation'],
    })
  })

  it('names nothing for a list asked only for its count', async () => {
    expect(await askedBy('{ Docs { totalDocs } }')).toEqual({ Docs: [] })
  })
})
