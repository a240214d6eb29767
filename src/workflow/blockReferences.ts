import type { Block, BlocksField, Config, Field } from 'payload'

/**
 * Where a blocks field keeps the blocks it references by slug (Payload 3's `blockReferences`,
 * defined once in `config.blocks`), for the plugin's field walkers: a collection's fields alone
 * name such blocks by slug only. In `custom`, which Payload keeps on the server and out of the schema.
 */
export const REFERENCED_BLOCKS = 'editorialWorkflowBlocks'

type Blocks = Map<string, Block>

const withBlocks = (fields: Field[], blocks: Blocks): Field[] =>
  fields.map((field): Field => {
    if (field.type === 'blocks') return referencing(field, blocks)
    if (field.type === 'tabs')
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: withBlocks(tab.fields, blocks) })),
      }
    if ('fields' in field) return { ...field, fields: withBlocks(field.fields, blocks) } as Field
    return field
  })

const referencing = (field: BlocksField, blocks: Blocks): BlocksField => {
  const inline = (block: Block): Block => ({ ...block, fields: withBlocks(block.fields, blocks) })
  if (!field.blockReferences) return { ...field, blocks: field.blocks.map(inline) }
  const referenced = field.blockReferences.flatMap((block) =>
    typeof block === 'string' ? (blocks.get(block) ?? []) : [],
  )
  return {
    ...field,
    blockReferences: field.blockReferences.map((block) =>
      typeof block === 'string' ? block : inline(block),
    ),
    custom: { ...field.custom, [REFERENCED_BLOCKS]: referenced },
  }
}

/**
 * The config with each blocks field of `slugs`' collections (and of `config.blocks`, which may
 * reference one another) carrying the blocks it references. `config.blocks` are copied, not changed,
 * and the copies are the ones Payload then sanitizes in place, so the walkers read sanitized blocks.
 */
export const withReferencedBlocks = (config: Config, slugs: readonly string[]): Config => {
  if (!config.blocks?.length) return config
  const copies: Blocks = new Map(config.blocks.map((block) => [block.slug, { ...block }]))
  for (const block of copies.values()) block.fields = withBlocks(block.fields, copies)
  return {
    ...config,
    blocks: [...copies.values()],
    collections: config.collections?.map((collection) =>
      slugs.includes(collection.slug)
        ? { ...collection, fields: withBlocks(collection.fields, copies) }
        : collection,
    ),
  }
}
