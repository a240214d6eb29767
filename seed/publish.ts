import type { PayloadRequest, RequiredDataFromCollectionSlug } from 'payload'

import { transitionDocument } from '../src/index'
import type { ItemContext } from './context'

/** `announced`: a draft whose stub a reviewer announced (readers get it with status coming_soon); workflow collections only. */
export type PublishStatus = 'announced' | 'draft' | 'published'

type Versioned =
  | 'briefing-notes'
  | 'conference-recordings'
  | 'conferences'
  | 'infographics'
  | 'partners'
  | 'policy-statements'
type Data<TSlug extends Versioned> = RequiredDataFromCollectionSlug<TSlug>

export type BilingualDoc<TSlug extends Versioned> = {
  en: Omit<Data<TSlug>, '_status'>
  /** French values of localized fields; left out fields fall back to English when read in `fr`. */
  fr?: Partial<Omit<Data<TSlug>, '_status'>>
  status: PublishStatus
}

/** The demo users who play each part of the workflow; absent in production, where nothing is published. */
export const actors = async ({ payload, req }: ItemContext) => {
  const { docs } = await payload.find({
    collection: 'users',
    depth: 0,
    overrideAccess: true,
    req,
    where: {
      email: { in: ['editor@example.org', 'translator@example.org', 'reviewer@example.org'] },
    },
  })
  const byEmail = (email: string) => docs.find((user) => user.email === email)
  return {
    editor: byEmail('editor@example.org'),
    reviewer: byEmail('reviewer@example.org'),
    translator: byEmail('translator@example.org'),
  }
}

export const as = async <T>(
  req: PayloadRequest,
  user: PayloadRequest['user'],
  work: () => Promise<T>,
): Promise<T> => {
  const previous = req.user
  req.user = user
  try {
    return await work()
  } finally {
    req.user = previous
  }
}

/**
 * Collections under the approval workflow are published the way people publish: the editor writes
 * the English draft and submits it, the translator adds French and submits it, a reviewer approves
 * both and publishes (readers get the French because it was approved for this English). An
 * `announced` document stays a draft whose stub a reviewer announces (readers get it as coming soon).
 * Other collections are saved with their status directly. Returns the document id.
 */
export const saveBilingual = async <TSlug extends Versioned>(
  ctx: ItemContext,
  collection: TSlug,
  { en, fr, status }: BilingualDoc<TSlug>,
): Promise<number> => {
  const { payload, req } = ctx
  const governed = payload.collections[collection].config.fields.some(
    (field) => 'name' in field && field.name === 'workflow',
  )
  const people = governed ? await actors(ctx) : undefined
  const direct = governed || status !== 'published' ? 'draft' : 'published'
  // `as never`: Payload's overloads cannot follow a generic slug; the signature above keeps callers typed.
  const doc = await as(
    req,
    people?.editor ? { ...people.editor, collection: 'users' } : req.user,
    () =>
      payload.create({
        collection,
        data: { ...en, _status: direct } as never,
        depth: 0,
        draft: direct === 'draft',
        locale: 'en',
        req,
      }),
  )
  if (fr) {
    await as(
      req,
      people?.translator ? { ...people.translator, collection: 'users' } : req.user,
      () =>
        payload.update({
          collection,
          data: { ...fr, _status: direct } as never,
          depth: 0,
          draft: direct === 'draft',
          id: doc.id,
          locale: 'fr',
          req,
        }),
    )
  }
  if (governed && status === 'published' && people?.editor && people.reviewer) {
    const target = { collection, id: doc.id }
    await as(req, { ...people.editor, collection: 'users' }, () =>
      transitionDocument(req, { ...target, name: 'submit' }),
    )
    await as(req, { ...people.reviewer, collection: 'users' }, () =>
      transitionDocument(req, { ...target, name: 'approve' }),
    )
    if (fr && people.translator) {
      await as(req, { ...people.translator, collection: 'users' }, () =>
        transitionDocument(req, { ...target, locale: 'fr', name: 'submit_translation' }),
      )
      await as(req, { ...people.reviewer, collection: 'users' }, () =>
        transitionDocument(req, { ...target, locale: 'fr', name: 'approve_translation' }),
      )
    }
    await as(req, { ...people.reviewer, collection: 'users' }, () =>
      transitionDocument(req, { ...target, name: 'publish' }),
    )
  }
  if (governed && status === 'announced' && people?.reviewer) {
    // The editor wrote the draft; a reviewer (four eyes) announces its stub while the text is still being written.
    await as(req, { ...people.reviewer, collection: 'users' }, () =>
      transitionDocument(req, { collection, id: doc.id, name: 'announce' }),
    )
  }
  return doc.id
}
