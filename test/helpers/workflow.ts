import { createLocalReq, type Payload } from 'payload'

import { transitionDocument } from '../../src/index'
import type { TransitionName } from '../../src/workflow/approval'
import type { TranslationTransition } from '../../src/workflow/translation'
import type { User } from '../../payload-types'
import { STATEMENTS, USERS } from './slugs'

export const PASSWORD = 'a-long-test-password'

export type Staff = Record<
  'admin' | 'editor' | 'editor2' | 'reviewer' | 'reviewer2' | 'translator',
  User
>

const ROLES: Record<keyof Staff, User['roles']> = {
  admin: ['admin'],
  editor: ['editor'],
  editor2: ['editor'],
  reviewer: ['reviewer'],
  reviewer2: ['reviewer'],
  translator: ['translator'],
}

/** One user per part, created through the Local API (the first one becomes admin, as in the app). */
export const createStaff = async (payload: Payload): Promise<Staff> => {
  const staff = {} as Staff
  for (const [key, roles] of Object.entries(ROLES) as [keyof Staff, User['roles']][]) {
    staff[key] = await payload.create({
      collection: USERS,
      data: { email: `${key}@example.org`, name: key, password: PASSWORD, roles },
    })
  }
  return staff
}

export const reqAs = (payload: Payload, user: User) =>
  createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)

/** A transition through the Local API entry point, as `user`. */
export const transitionAs = async (
  payload: Payload,
  user: User,
  collection: string,
  id: number | string,
  name: TransitionName | TranslationTransition,
  extra: { comment?: string; locale?: string; publishAt?: Date } = {},
) => transitionDocument(await reqAs(payload, user), { collection, id, name, ...extra })

/** submit (editor) → approve (reviewer) → publish (reviewer). */
export const publishViaWorkflow = async (
  payload: Payload,
  staff: Staff,
  collection: string,
  id: number | string,
) => {
  await transitionAs(payload, staff.editor, collection, id, 'submit')
  await transitionAs(payload, staff.reviewer, collection, id, 'approve')
  return transitionAs(payload, staff.reviewer, collection, id, 'publish')
}

/** A draft save of a statement in one language, as `user` (access applied): `saveDraft(payload, staff.translator, 'fr', id, { title })`. */
export const saveDraft = (
  payload: Payload,
  user: User,
  locale: 'en' | 'fr',
  id: number,
  data: Record<string, unknown>,
) =>
  payload.update({
    collection: STATEMENTS,
    data,
    draft: true,
    id,
    locale,
    overrideAccess: false,
    user,
  })
