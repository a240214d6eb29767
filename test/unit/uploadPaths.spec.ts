import { type Field, flattenAllFields } from 'payload'
import { describe, expect, it } from 'vitest'

import { idsAtPath, uploadNodeIds, uploadPathsIn } from '../../src/uploads/uploadPaths'

// 'logos' is a slug of this test only, not of the app's config.
const fields = [
  { name: 'title', type: 'text' },
  { name: 'pdf', type: 'upload', localized: true, relationTo: 'media' },
  { type: 'row', fields: [{ name: 'cover', type: 'upload', relationTo: 'media' }] },
  {
    name: 'seo',
    type: 'group',
    fields: [{ name: 'image', type: 'relationship', relationTo: 'media' }],
  },
  {
    name: 'gallery',
    type: 'array',
    localized: true,
    fields: [{ name: 'picture', type: 'upload', relationTo: 'media' }],
  },
  {
    type: 'tabs',
    tabs: [
      { name: 'extra', fields: [{ name: 'logo', type: 'upload', relationTo: 'logos' }] },
      { label: 'Plain', fields: [{ name: 'author', type: 'relationship', relationTo: 'users' }] },
    ],
  },
  {
    name: 'layout',
    type: 'blocks',
    blocks: [{ slug: 'figure', fields: [{ name: 'figure', type: 'upload', relationTo: 'media' }] }],
  },
  { name: 'either', type: 'upload', relationTo: ['media', 'logos'] },
] as unknown as Field[]

describe('uploadPathsIn', () => {
  it('finds upload and relationship fields to upload collections through rows, groups, arrays, named tabs and blocks', () => {
    expect(uploadPathsIn(flattenAllFields({ fields }), new Set(['media', 'logos']))).toEqual([
      { localized: true, path: 'pdf', relationTo: 'media', top: 'pdf' },
      { localized: false, path: 'cover', relationTo: 'media', top: 'cover' },
      { localized: false, path: 'seo.image', relationTo: 'media', top: 'seo' },
      { localized: true, path: 'gallery.picture', relationTo: 'media', top: 'gallery' },
      { localized: false, path: 'extra.logo', relationTo: 'logos', top: 'extra' },
      { localized: false, path: 'layout.figure', relationTo: 'media', top: 'layout' },
    ])
  })
})

describe('idsAtPath', () => {
  const locales = new Set(['en', 'fr'])
  it('reads ids through locale keys, arrays, block rows and populated documents', () => {
    expect(idsAtPath({ pdf: { en: 1, fr: 2 } }, ['pdf'], locales)).toEqual([1, 2])
    expect(
      idsAtPath(
        { gallery: { en: [{ picture: 3 }, { picture: { id: 4 } }], fr: [] } },
        ['gallery', 'picture'],
        locales,
      ),
    ).toEqual([3, 4])
    expect(
      idsAtPath(
        { layout: [{ blockType: 'figure', figure: 5 }, { blockType: 'text' }] },
        ['layout', 'figure'],
        locales,
      ),
    ).toEqual([5])
    expect(idsAtPath({ pdf: null }, ['pdf'], locales)).toEqual([])
  })
})

describe('rich text', () => {
  it('counts as pointing at every upload collection, and its upload nodes are found at any depth', () => {
    expect(
      uploadPathsIn(
        flattenAllFields({ fields: [{ name: 'body', type: 'richText', localized: true }] }),
        new Set(['media']),
      ),
    ).toEqual([{ localized: true, path: 'body', relationTo: 'media', richText: true, top: 'body' }])
    const body = {
      root: {
        children: [
          { children: [{ type: 'upload', relationTo: 'media', value: 7 }], type: 'listitem' },
          { type: 'upload', relationTo: 'logos', value: 8 },
          { type: 'upload', relationTo: 'media', value: { id: 9 } },
        ],
      },
    }
    expect(uploadNodeIds(body, 'media')).toEqual([7, 9])
    expect(
      idsAtPath({ body: { en: body, fr: null } }, ['body'], new Set(['en', 'fr']), (value) =>
        uploadNodeIds(value, 'media'),
      ),
    ).toEqual([7, 9])
  })
})
