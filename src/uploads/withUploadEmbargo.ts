import type { CollectionConfig, CollectionSlug, Config } from 'payload'
import { flattenAllFields } from 'payload'

import { embargoedRead } from '../access/uploadEmbargo'
import type { SanitizedWorkflowOptions } from '../types'
import { exposureFields } from './exposureFields'
import { uploadPathsIn } from './uploadPaths'

const localeCodes = (config: Config): string[] =>
  (config.localization ? config.localization.locales : []).map((locale) =>
    typeof locale === 'string' ? locale : locale.code,
  )

/** Upload collections that a governed collection points at (upload and relationship fields, nested too). */
export const embargoedUploadSlugs = (
  collections: readonly CollectionConfig[],
  options: SanitizedWorkflowOptions,
): Set<string> => {
  const uploads = new Set(
    collections
      .filter((collection) => Boolean(collection.upload))
      .map((collection) => collection.slug),
  )
  const governed = collections.filter((collection) =>
    options.collections.includes(collection.slug as CollectionSlug),
  )
  return new Set(
    governed.flatMap((collection) =>
      uploadPathsIn(flattenAllFields({ fields: collection.fields }), uploads).map(
        ({ relationTo }) => relationTo,
      ),
    ),
  )
}

/**
 * An upload collection the workflow governs through its documents: `public` and `publicIn` fields
 * (kept even when the plugin is disabled, so the schema stays), and read access that lets readers
 * have only files marked public or used by a published document.
 */
export const withUploadEmbargo = (
  collection: CollectionConfig,
  config: Config,
  options: SanitizedWorkflowOptions,
): CollectionConfig => {
  const locales = localeCodes(config)
  return {
    ...collection,
    access: options.disabled
      ? collection.access
      : { ...collection.access, read: embargoedRead(collection.access?.read, options) },
    fields: [
      ...collection.fields,
      ...exposureFields(locales.length ? locales : ['default'], options),
    ],
  }
}
