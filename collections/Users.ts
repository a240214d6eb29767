import type { CollectionAfterReadHook, CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import type { User } from '../payload-types'

import { adminOnlyField, hasRole, ROLES } from '../src/access/roles'
import { loginLimits } from '../src/delivery/loginLimits'
import { readEnv } from '../src/app/env'
import { appLabel, type AppLabelKey } from '../src/translations/app'

// The very first account (created from the admin's sign-up screen) has to be able to manage the others.
const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}

// Per client address, and wrong passwords per account and address; no account lock (src/delivery/loginLimits.ts).
const limits = loginLimits({ perMinute: readEnv().RATE_LIMIT_LOGIN_PER_MINUTE })

// Payload answers an unreadable array as [], so the key itself goes too. Payload's own reads (the JWT
// check, logout, refresh) override access and keep the list they need.
const dropSessionList: CollectionAfterReadHook<User> = ({ doc, overrideAccess }) => {
  if (overrideAccess) return doc
  const { sessions: _sessions, ...rest } = doc
  return rest
}

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  access: {
    admin: ({ req }) => Boolean(req.user?.roles?.length),
    create: ({ req }) => hasRole(req.user, 'admin'),
    delete: ({ req }) => hasRole(req.user, 'admin'),
    // Staff read their colleagues (name, e-mail, roles), so the admin can say who holds a document's lock or
    // made a change ("Emma Editor", not "User: 4"); sessions stay hidden (dropSessionList). Anyone else: none.
    read: ({ req }) => (req.user?.roles?.length ? true : false),
    update: ({ req }) =>
      hasRole(req.user, 'admin') ? true : req.user ? { id: { equals: req.user.id } } : false,
  },
  admin: {
    defaultColumns: ['name', 'email', 'roles'],
    group: appLabel('groupOrganisation'),
    useAsTitle: 'email',
  },
  // No account lock: Payload's lock (maxLoginAttempts) let anyone lock anyone out with a few wrong
  // passwords; loginLimits slows the guesser instead. Logout ends the session: its JWT stops working.
  auth: { maxLoginAttempts: 0, useSessions: true },
  fields: [
    { name: 'name', type: 'text', label: appLabel('name'), required: true },
    {
      name: 'roles',
      type: 'select',
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: { description: appLabel('rolesDescription') },
      defaultValue: ['editor'],
      hasMany: true,
      label: appLabel('roles'),
      options: ROLES.map((role) => ({
        label: appLabel(`role${role[0]!.toUpperCase()}${role.slice(1)}` as AppLabelKey),
        value: role,
      })),
      required: true,
      saveToJWT: true,
    },
    // The language of the workflow e-mails this person receives (Payload keeps the admin's language in a cookie only).
    {
      name: 'language',
      type: 'select',
      defaultValue: 'en',
      label: appLabel('language'),
      options: [
        { label: { en: 'English', fr: 'Anglais' }, value: 'en' },
        { label: { en: 'French', fr: 'Français' }, value: 'fr' },
      ],
    },
    // Payload's own session list (ids of every signed-in device), merged into its field of the same name so
    // the schema is unchanged: no caller may read or query it, not even its owner (see dropSessionList).
    {
      name: 'sessions',
      type: 'array',
      access: { read: () => false, update: () => false },
      admin: { disabled: true },
      fields: [],
    },
    // The columns of Payload's account lock, kept (unused, hidden) so the schema and migrations stay as they are.
    {
      name: 'loginAttempts',
      type: 'number',
      access: { create: () => false, update: () => false },
      defaultValue: 0,
      hidden: true,
    },
    {
      name: 'lockUntil',
      type: 'date',
      access: { create: () => false, update: () => false },
      hidden: true,
    },
  ],
  labels: { plural: appLabel('users'), singular: appLabel('user') },
  hooks: {
    afterLogin: [limits.afterLogin],
    afterRead: [dropSessionList],
    beforeChange: [firstUserIsAdmin],
    beforeOperation: [limits.beforeLogin],
  },
}
