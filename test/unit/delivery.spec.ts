import { describe, expect, it } from 'vitest'

import { decideDelivery } from '../../src/workflow/delivery'

const NAMES = ['title', 'summary', 'body']
const SOURCE = { body: 'b1', summary: 's1', title: 't1' }

describe('decideDelivery', () => {
  it('delivers approved text made from exactly the published source, counting empty fields as missing', () => {
    const values = { body: null, summary: 'Résumé', title: 'Titre' }
    expect(decideDelivery({ candidate: { hashes: SOURCE, values }, everApproved: true, names: NAMES, sourceHashes: SOURCE })).toEqual({
      delivery: 'approved',
      progress: { approved: 2, missing: 1, outdated: 0, total: 3 },
      values,
    })
  })

  it('withholds text made from another source, naming the changed fields in the counts', () => {
    const values = { body: 'Corps', summary: 'Résumé', title: 'Titre' }
    expect(decideDelivery({ candidate: { hashes: { ...SOURCE, summary: 's0' }, values }, everApproved: true, names: NAMES, sourceHashes: SOURCE })).toEqual({
      delivery: 'outdated',
      progress: { approved: 2, missing: 0, outdated: 1, total: 3 },
      values: null,
    })
  })

  it('a source field added since the translation counts as changed', () => {
    const { body: _body, ...older } = SOURCE
    expect(decideDelivery({ candidate: { hashes: older, values: { title: 'Titre' } }, everApproved: true, names: NAMES, sourceHashes: SOURCE }).delivery).toBe('outdated')
  })

  it('with no approved text: coming_soon, or outdated when a translation was approved before', () => {
    const none = { approved: 0, missing: 3, outdated: 0, total: 3 }
    expect(decideDelivery({ candidate: null, everApproved: false, names: NAMES, sourceHashes: SOURCE })).toEqual({ delivery: 'coming_soon', progress: none, values: null })
    expect(decideDelivery({ candidate: null, everApproved: true, names: NAMES, sourceHashes: SOURCE })).toEqual({ delivery: 'outdated', progress: none, values: null })
  })
})
