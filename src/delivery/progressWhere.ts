import type { Where } from 'payload'

import { PROGRESS_FIELD } from '../workflow/fieldNames'

const DIGITS = /^\d+$/
const LISTS = new Set(['in', 'not_in'])

const asCount = (value: unknown): unknown =>
  typeof value === 'string' && DIGITS.test(value) ? Number(value) : value

const asCounts = (operator: string, value: unknown): unknown => {
  if (LISTS.has(operator) && typeof value === 'string') return value.split(',').map(asCount)
  return Array.isArray(value) ? value.map(asCount) : asCount(value)
}

/**
 * The `where` with each value on a path inside `translationProgress` (all counts) made a number where
 * it is written in digits, in nested and/or too. Over REST every query value arrives as text, and
 * Payload compares a path inside a json field with the value as given: `missing equals "0"` never
 * matched the stored 0.
 */
export const progressCountsAsNumbers = (where: Where): Where =>
  Object.fromEntries(
    Object.entries(where).map(([key, value]) => {
      if ((key === 'and' || key === 'or') && Array.isArray(value))
        return [key, value.map(progressCountsAsNumbers)]
      if (
        key.startsWith(`${PROGRESS_FIELD}.`) &&
        value &&
        typeof value === 'object' &&
        !Array.isArray(value)
      ) {
        return [
          key,
          Object.fromEntries(
            Object.entries(value).map(([operator, operand]) => [
              operator,
              asCounts(operator, operand),
            ]),
          ),
        ]
      }
      return [key, value]
    }),
  ) as Where
