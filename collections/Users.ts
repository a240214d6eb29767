import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { adminOnlyField, hasRole, ROLES } from '../src/access/roles'

// The very first account (created from the admin's sign-up screen) has to be able to manage the others.
const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  access: {
    admin: ({ req }) => Boolean(req.user?.roles?.length),
    create: ({ req }) => hasRole(req.user, 'admin'),
    delete: ({ req }) => hasRole(req.user, 'admin'),
    read: ({ req }) => (hasRole(req.user, 'admin') ? true : req.user ? { id: { equals: req.user.id } } : false),
    update: ({ req }) => (hasRole(req.user, 'admin') ? true : req.user ? { id: { equals: req.user.id } } : false),
  },
  admin: { defaultColumns: ['name', 'email', 'roles'], group: 'Organisation', useAsTitle: 'email' },
  auth: true,
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'roles',
      type: 'select',
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: { description: 'Several roles are allowed, e.g. editor and translator.' },
      defaultValue: ['editor'],
      hasMany: true,
      options: ROLES.map((role) => ({ label: role[0]!.toUpperCase() + role.slice(1), value: role })),
      required: true,
      saveToJWT: true,
    },
  ],
  hooks: { beforeChange: [firstUserIsAdmin] },
}
