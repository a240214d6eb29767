import { describe, expect, it } from 'vitest'

import { localeParentIndexName } from '../../src/app/db/indexLocaleParents'

describe('localeParentIndexName', () => {
  it('names the index after its table', () => {
    expect(localeParentIndexName('_policy_statements_v_locales')).toBe(
      '_policy_statements_v_locales_parent_id_idx',
    )
  })

  it('stays within PostgreSQL’s 63-byte identifiers, keeping the suffix, so push sees the name it created', () => {
    const name = localeParentIndexName(`_${'a_very_long_collection_slug'.repeat(3)}_v_locales`)
    expect([
      name.length,
      name.endsWith('_parent_id_idx'),
      name.startsWith('_a_very_long_collection_slug'),
    ]).toEqual([63, true, true])
  })
})
