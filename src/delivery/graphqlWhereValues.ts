import type { TFunction } from '@payloadcms/translations'
import type { PayloadRequest } from 'payload'

import {
  GraphQLError,
  getNamedType,
  Kind,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type ASTNode,
  type GraphQLInputType,
  type ValidationContext,
  type ValidationRule,
} from 'graphql/index.js'
// The CommonJS build, as in graphqlLimits.ts: graphql-http tells validation errors by `instanceof GraphQLError`.

import { tw } from '../translations'

type Args = { contextValue?: unknown; variableValues?: null | Record<string, unknown> }

/** Whether `outer` spans `inner` in the query text. */
const covers = (outer: ASTNode, inner: ASTNode) =>
  Boolean(
    outer.loc && inner.loc && outer.loc.start <= inner.loc.start && inner.loc.end <= outer.loc.end,
  )

/** The first enum value in `value` (a variable's JSON) that `type` does not have: `[path, value, allowed]`. */
const wrongIn = (
  type: GraphQLInputType,
  value: unknown,
  path: string[],
): [string[], string, string[]] | null => {
  if (value === null || value === undefined) return null
  if (isNonNullType(type)) return wrongIn(type.ofType, value, path)
  if (isListType(type)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      const wrong = wrongIn(type.ofType, item, path)
      if (wrong) return wrong
    }
    return null
  }
  if (isEnumType(type)) {
    const allowed = type.getValues().map((option) => option.name)
    return allowed.includes(String(value)) ? null : [path, String(value), allowed]
  }
  if (isInputObjectType(type) && typeof value === 'object') {
    const fields = type.getFields()
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const wrong = fields[key] ? wrongIn(fields[key].type, item, [...path, key]) : null
      if (wrong) return wrong
    }
  }
  return null
}

/**
 * A `where` that compares a select field with a value it cannot hold (`translation__fr: { equals: bogus }`,
 * literally or in a variable) is refused before anything runs, with the values it can hold: Payload's
 * answer was `Argument "where" has invalid value …`, which names none. The REST side is
 * refuseUnknownOptions.ts.
 */
export const whereValuesRule =
  (args: Args): ValidationRule =>
  (context: ValidationContext) => {
    const t = (args.contextValue as { req?: PayloadRequest } | undefined)?.req?.t as
      TFunction | undefined
    const path: string[] = []
    let inWhere = 0
    // GraphQL's own rules (run first) say only `Argument "where" has invalid value …` (or `Variable
    // "$where" got invalid value …`) about the same value: their errors are held until the document is
    // walked, and those about a value refused here are dropped.
    const reportError = context.reportError.bind(context)
    const held: GraphQLError[] = []
    const mine: GraphQLError[] = []
    let holding = true
    context.reportError = (error) => void (holding ? held.push(error) : reportError(error))
    const variables = new Set<string>()
    const refused = (error: GraphQLError) =>
      mine.some((own) =>
        own.nodes?.some((node) => error.nodes?.some((other) => covers(other, node))),
      ) ||
      Boolean(
        error.nodes?.some(
          (node) =>
            node.kind === Kind.VARIABLE_DEFINITION && variables.has(node.variable.name.value),
        ),
      )
    const report = ([at, value, allowed]: [string[], string, string[]], node: ASTNode) => {
      // The field is the name before the operator (`translation__fr` in `AND.translation__fr.in`).
      const field = at[at.length - 2] ?? at.join('.')
      const vars = { allowed: allowed.join(', '), at: `where.${at.join('.')}`, field, value }
      const message = t
        ? tw(t, 'errorWhereOption', vars)
        : `${vars.at}: "${value}" is not a value of ${field}: use one of ${vars.allowed}.`
      mine.push(
        new GraphQLError(message, {
          extensions: { data: { allowed, code: 'invalid_option', field }, statusCode: 400 },
          nodes: [node],
        }),
      )
    }
    return {
      Document: {
        leave: () => {
          holding = false
          for (const error of [...mine, ...held.filter((other) => !refused(other))])
            reportError(error)
        },
      },
      Argument: {
        enter: (node) => void (node.name.value === 'where' && (inWhere += 1)),
        leave: (node) => void (node.name.value === 'where' && (inWhere -= 1)),
      },
      EnumValue: (node) => {
        const type = context.getInputType()
        if (!inWhere || !type) return
        const named = getNamedType(type)
        if (isEnumType(named) && !named.getValue(node.value))
          report([path.slice(), node.value, named.getValues().map((option) => option.name)], node)
      },
      ObjectField: {
        enter: (node) => void path.push(node.name.value),
        leave: () => void path.pop(),
      },
      Variable: (node) => {
        const type = context.getInputType()
        if (!type || (!inWhere && context.getArgument()?.name !== 'where')) return
        const wrong = wrongIn(type, args.variableValues?.[node.name.value], path.slice())
        if (!wrong) return
        variables.add(node.name.value)
        report(wrong, node)
      },
    }
  }
