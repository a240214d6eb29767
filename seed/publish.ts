import type { RequiredDataFromCollectionSlug } from 'payload'

import type { ItemContext } from './context'

export type PublishStatus = 'draft' | 'published'

type Versioned = 'briefing-notes' | 'conference-recordings' | 'conferences' | 'infographics' | 'partners' | 'policy-statements'
type Data<TSlug extends Versioned> = RequiredDataFromCollectionSlug<TSlug>

export type BilingualDoc<TSlug extends Versioned> = {
  en: Omit<Data<TSlug>, '_status'>
  /** French values of localized fields; left out fields fall back to English when read in `fr`. */
  fr?: Partial<Omit<Data<TSlug>, '_status'>>
  status: PublishStatus
}

/**
 * Creates the English document with its status, then saves its French fields with the same status.
 * The only place the seed sets `_status`: when publishing moves to the workflow's transitions
 * (submit, approve, publish by real users), this function is what changes.
 */
export const saveBilingual = async <TSlug extends Versioned>(
  { payload, req }: ItemContext,
  collection: TSlug,
  { en, fr, status }: BilingualDoc<TSlug>,
): Promise<number> => {
  const draft = status === 'draft'
  const doc = await payload.create({
    collection,
    // The generic signature above keeps callers typed; Payload's overloads cannot follow a generic slug.
    data: { ...en, _status: status } as never,
    depth: 0,
    draft,
    locale: 'en',
    req,
  })
  if (fr) {
    await payload.update({
      collection,
      data: { ...fr, _status: status } as never,
      depth: 0,
      draft,
      id: doc.id,
      locale: 'fr',
      req,
    })
  }
  return doc.id
}
