import type { Access, CollectionConfig } from 'payload'

import type { CollectionOverrides } from '../types'
import { topLevelFields } from '../workflow/sourceContent'

type AccessMap = NonNullable<CollectionConfig['access']>
type Hooks = NonNullable<CollectionConfig['hooks']>

/** Both rules must let the caller through: false wins, two `Where`s are ANDed. */
const both =
  (first: Access, second: Access): Access =>
  async (args) => {
    const a = await first(args)
    if (a === false) return false
    const b = await second(args)
    if (b === false) return false
    if (a === true) return b
    return b === true ? a : { and: [a, b] }
  }

const andAccess = (plugin: AccessMap, app: AccessMap | undefined): AccessMap => {
  const merged: Record<string, unknown> = { ...plugin }
  for (const [key, rule] of Object.entries(app ?? {})) {
    const own = (plugin as Record<string, unknown>)[key]
    merged[key] =
      typeof own === 'function' && typeof rule === 'function' && own !== rule
        ? both(own as Access, rule as Access)
        : (own ?? rule)
  }
  return merged as AccessMap
}

/** The plugin's hooks first and always; the app's added after (those it kept from the default counted once). */
const withPluginHooks = (plugin: Hooks, app: Hooks | undefined): Hooks => {
  const merged: Record<string, unknown[]> = {}
  for (const key of new Set([...Object.keys(plugin), ...Object.keys(app ?? {})])) {
    const own = ((plugin as Record<string, unknown[] | undefined>)[key] ?? []) as unknown[]
    const added = ((app as Record<string, unknown[] | undefined> | undefined)?.[key] ?? []).filter(
      (hook) => !own.includes(hook),
    )
    merged[key] = [...own, ...added]
  }
  return merged as Hooks
}

/**
 * A collection the plugin adds, as the app's `overrides` changes it: fields, admin settings and
 * labels as the app returns them, access ANDed with the plugin's (narrower, never wider), the
 * plugin's hooks kept first, and the slug unchanged. `option` names the option in errors.
 */
export const withOverrides = (
  collection: CollectionConfig,
  overrides: CollectionOverrides['overrides'],
  option: string,
): CollectionConfig => {
  if (!overrides) return collection
  const result = overrides({ defaultCollection: collection, defaultFields: collection.fields })
  // Wherever the app puts them (rows, tabs, collapsibles), the plugin's fields must all be there.
  const names = new Set(topLevelFields(result.fields).map((field) => field.name))
  const missing = topLevelFields(collection.fields).filter((field) => !names.has(field.name))
  if (missing.length) {
    throw new Error(
      `editorialWorkflow: ${option}.overrides dropped the plugin's field(s) ${missing.map((field) => field.name).join(', ')}; keep defaultFields and add yours.`,
    )
  }
  return {
    ...result,
    access: andAccess(collection.access ?? {}, result.access),
    hooks: withPluginHooks(collection.hooks ?? {}, result.hooks),
    slug: collection.slug,
  }
}
