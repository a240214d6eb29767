import type { Validate } from 'payload'

const isEmpty = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '')

/**
 * Required in the source language only: French may stay empty (readers then get the English
 * fallback), so translating one field never forces the translator to fill in the others first.
 */
export const requiredInEnglish =
  (label: string, hint = 'fill it in'): Validate =>
  (value, { req }) =>
    !isEmpty(value) || (req.locale !== undefined && req.locale !== 'en')
      ? true
      : `${label} is required in English: ${hint}.`
