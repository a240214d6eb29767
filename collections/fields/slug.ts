import type { CollectionSlug, FieldHook, TextField, Validate } from 'payload'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const slugify = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')

const localeName = (locale: string | undefined) =>
  locale === 'fr' ? 'French' : locale === 'en' ? 'English' : (locale ?? 'this locale')

/** Unique per locale: another document may use the same slug in the other language, not in this one. */
const validateSlug: Validate<string> = async (value, { collectionSlug, id, req }) => {
  const locale = req.locale ?? undefined
  if (!value) {
    return locale && locale !== 'en' ? true : 'Slug is required in English: type one or fill in the title.'
  }
  if (!SLUG_PATTERN.test(value)) {
    return `Slug "${value}" may hold only lowercase letters, digits and single hyphens, e.g. "closed-work-permits".`
  }
  if (!collectionSlug || !locale || locale === 'all') return true
  const clash = await req.payload.find({
    collection: collectionSlug as CollectionSlug,
    depth: 0,
    draft: true,
    limit: 1,
    locale,
    overrideAccess: true,
    pagination: false,
    req,
    where: {
      and: [{ slug: { equals: value } }, ...(id === undefined ? [] : [{ id: { not_equals: id } }])],
    },
  })
  return clash.docs.length === 0
    ? true
    : `Slug "${value}" is already used in ${localeName(locale)} by another document: choose a different slug.`
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
  admin: { description: `Part of the page address; filled from the ${from} when left empty.`, position: 'sidebar' },
  hooks: { beforeValidate: [fillFromTitle(from)] },
  index: true,
  localized: true,
  validate: validateSlug,
})
