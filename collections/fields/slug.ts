import {
  type CollectionSlug,
  type FieldHook,
  type PayloadRequest,
  type TextField,
  type Validate,
  ValidationError,
} from 'payload'

import { languageName } from '../../src/admin/labels'
import { tw } from '../../src/translations'
import { appLabel } from '../../src/translations/app'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const slugify = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')

type Where = { collectionSlug?: string; id?: number | string; locale?: string; req: PayloadRequest }

/** Whether another document (its latest draft included) already uses `value` in `locale`. */
const slugTaken = async (
  value: string,
  { collectionSlug, id, locale, req }: Where,
): Promise<boolean> => {
  if (!collectionSlug || !locale || locale === 'all') return false
  const clash = await req.payload.find({
    collection: collectionSlug as CollectionSlug,
    depth: 0,
    draft: true,
    limit: 1,
    locale: locale as 'en',
    overrideAccess: true,
    pagination: false,
    req,
    select: {},
    where: {
      and: [{ slug: { equals: value } }, ...(id === undefined ? [] : [{ id: { not_equals: id } }])],
    },
  })
  return clash.docs.length > 0
}

/** What is wrong with a slug that is set (its form, or another document has it), or null. */
const slugProblem = async (value: string, where: Where): Promise<null | string> => {
  const { req } = where
  if (!SLUG_PATTERN.test(value)) return tw(req.t, 'errorSlugFormat', { slug: value })
  if (await slugTaken(value, where)) {
    return tw(req.t, 'errorSlugTaken', {
      language: languageName(req.t, where.locale ?? ''),
      slug: value,
    })
  }
  return null
}

/** Unique per locale: another document may use the same slug in the other language, not in this one. */
const validateSlug: Validate<string> = async (value, { collectionSlug, id, req }) => {
  const locale = req.locale ?? undefined
  if (!value) return locale && locale !== 'en' ? true : tw(req.t, 'errorSlugRequired')
  return (await slugProblem(value, { collectionSlug, id, locale, req })) ?? true
}

/**
 * Payload validates fields only when publishing, so a draft could take a slug another document
 * uses and fail only at publish, in a reviewer's hands. A save that sets a new slug, draft or not,
 * is refused at once with a field error (the admin highlights the field).
 */
const refuseSlugClash: FieldHook = async ({
  collection,
  originalDoc,
  path,
  previousValue,
  req,
  value,
}) => {
  if (typeof value !== 'string' || value === '' || value === previousValue) return value
  const problem = await slugProblem(value, {
    collectionSlug: collection?.slug,
    id: originalDoc?.id,
    locale: req.locale ?? undefined,
    req,
  })
  if (problem) {
    throw new ValidationError(
      {
        collection: collection?.slug,
        errors: [{ message: problem, path: path.join('.') }],
        id: originalDoc?.id,
      },
      req.t,
    )
  }
  return value
}

/**
 * A duplicate gets a free slug in each language the original has one: `x-copy`, then `x-copy-2`…
 * Payload calls this once per locale without naming it: the locales are those holding this value.
 */
const freeSlugForDuplicate: FieldHook = async ({
  collection,
  req,
  siblingDocWithLocales,
  value,
}) => {
  if (typeof value !== 'string' || value === '') return value
  const stored = (siblingDocWithLocales?.slug ?? {}) as Record<string, unknown>
  const locales = Object.keys(stored).filter((locale) => stored[locale] === value)
  const base = `${value.replace(/-copy(?:-\d+)?$/, '')}-copy`
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`
    const taken = await Promise.all(
      locales.map((locale) =>
        slugTaken(candidate, { collectionSlug: collection?.slug, locale, req }),
      ),
    )
    if (!taken.includes(true)) return candidate
  }
}

const fillFromTitle =
  (from: string): FieldHook =>
  ({ siblingData, value }) => {
    if (typeof value === 'string' && value.length > 0) return value
    const source = siblingData?.[from]
    return typeof source === 'string' && source.length > 0 ? slugify(source) : value
  }

/** A localized URL slug, filled from `from` when left empty, unique per locale. */
export const slugField = (from = 'title'): TextField => ({
  name: 'slug',
  type: 'text',
  admin: {
    components: { Field: '/collections/fields/SlugField#SlugField' },
    description: appLabel(from === 'name' ? 'slugDescriptionName' : 'slugDescription'),
    position: 'sidebar',
  },
  hooks: {
    beforeChange: [refuseSlugClash],
    beforeDuplicate: [freeSlugForDuplicate],
    beforeValidate: [fillFromTitle(from)],
  },
  index: true,
  label: appLabel('slug'),
  localized: true,
  validate: validateSlug,
})
