import type { Block, BlockSlug, CollectionConfig, Config, Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { withReferencedBlocks } from '../../src/workflow/blockReferences'
import {
  localizedLeaves,
  mixedFields,
  mixedInLocale,
  translatableFieldNames,
} from '../../src/workflow/sourceContent'

// The app's generated types list no blocks: these slugs are typed as if they were.
const [QUOTE, SECTION] = ['quote', 'section'] as BlockSlug[]

/** Payload 3's blocks defined once in `config.blocks` and used by slug (`blockReferences`). */
const quote: Block = {
  slug: 'quote',
  fields: [
    { name: 'text', type: 'text', localized: true },
    { name: 'author', type: 'text' },
  ],
}
// A block whose own blocks field references itself (and the quote).
const section: Block = {
  slug: 'section',
  fields: [
    { name: 'heading', type: 'text' },
    { name: 'children', type: 'blocks', blockReferences: [SECTION, QUOTE], blocks: [] },
  ],
}
const posts: CollectionConfig = {
  slug: 'posts',
  fields: [
    { name: 'title', type: 'text', localized: true },
    { name: 'sections', type: 'blocks', blockReferences: [QUOTE], blocks: [] },
    { name: 'nested', type: 'blocks', blockReferences: [SECTION], blocks: [] },
  ],
}
const fieldsOf = (config: Config): Field[] => config.collections![0]!.fields

describe('blocks referenced by slug (blockReferences)', () => {
  const config = withReferencedBlocks(
    { blocks: [quote, section], collections: [posts] } as Config,
    ['posts'],
  )

  it('are invisible to the walkers from the collection alone, and found once the plugin resolves them', () => {
    expect(translatableFieldNames(posts.fields)).toEqual(['title'])
    expect(translatableFieldNames(fieldsOf(config))).toEqual(['title', 'sections', 'nested'])
  })

  it('give their rows’ localized fields by block type, as inline blocks do', () => {
    const sections = mixedFields(fieldsOf(config)).get('sections')!
    const stored = [
      { author: 'Ada', blockType: 'quote', id: 'b1', text: { en: 'Hello', fr: 'Bonjour' } },
    ]
    expect(mixedInLocale(sections, stored, 'fr')).toEqual([
      { author: 'Ada', blockType: 'quote', id: 'b1', text: 'Bonjour' },
    ])
    const nested = mixedFields(fieldsOf(config)).get('nested')!
    const english = [
      {
        blockType: 'section',
        children: [{ author: 'Ada', blockType: 'quote', id: 'q1', text: 'Hello' }],
        heading: 'One',
        id: 's1',
      },
    ]
    expect(localizedLeaves(nested, english)).toEqual({ 's1.children.q1.text': 'Hello' })
  })

  it('leaves the app’s blocks as they were (copies carry the references) and other collections alone', () => {
    expect(quote.fields).toHaveLength(2)
    expect(section.fields[1]).not.toHaveProperty('custom')
    const other = withReferencedBlocks(
      { blocks: [quote], collections: [posts, { ...posts, slug: 'pages' }] } as Config,
      ['posts'],
    )
    expect(translatableFieldNames(other.collections![1]!.fields)).toEqual(['title'])
  })
})
