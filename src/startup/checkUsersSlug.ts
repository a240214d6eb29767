import type { CollectionConfig } from 'payload'

import type { SanitizedWorkflowOptions } from '../types'
import { WorkflowConfigError } from './configError'

/** Reviewers, submitters and assignees are documents of `usersSlug`: it must be an auth collection. */
export const checkUsersSlug = (
  collections: CollectionConfig[],
  options: SanitizedWorkflowOptions,
): void => {
  const users = collections.find((collection) => collection.slug === options.usersSlug)
  if (users?.auth) return
  const auth = collections
    .filter((collection) => collection.auth)
    .map((collection) => collection.slug)
  throw new WorkflowConfigError(
    'users_not_auth',
    `usersSlug "${options.usersSlug}" is ${users ? 'not an auth collection' : 'not a collection'}; set options.usersSlug to the auth collection whose users carry roles (${auth.length ? `here: ${auth.join(', ')}` : 'none has auth: true'}).`,
    { option: 'usersSlug', slug: options.usersSlug },
  )
}
