import { getTranslation } from '@payloadcms/translations'
import type { Validate } from 'payload'

import { tw } from '../../src/translations'

const isEmpty = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '')

/**
 * Required in the source language only: French may stay empty (readers then get the English
 * fallback), so translating one field never forces the translator to fill in the others first.
 * The message names the field by its label, in the admin's language.
 */
export const requiredInEnglish =
  (hint: 'hintDescribePicture' | 'hintFillIn' = 'hintFillIn'): Validate =>
  (
    value,
    { label, name, req }: { label?: unknown; name?: string; req: Parameters<Validate>[1]['req'] },
  ) =>
    !isEmpty(value) || (req.locale !== undefined && req.locale !== 'en')
      ? true
      : tw(req.t, 'errorRequiredInEnglish', {
          hint: tw(req.t, hint),
          label: label ? getTranslation(label as string, req.i18n) : (name ?? ''),
        })
