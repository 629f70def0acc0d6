import type { FlattenedField } from 'payload'
import { describe, expect, it } from 'vitest'

import { selectPaths, sortPaths } from './refuseUnreadableQueryPaths'

describe('sortPaths', () => {
  it('reads every path a sort names: lists, comma lists, descending, GraphQL-style separators', () => {
    expect(sortPaths('-createdAt')).toEqual(['createdAt'])
    expect(sortPaths('title, -clinician.hash,,')).toEqual(['title', 'clinician.hash'])
    expect(sortPaths(['title', '-clinician__salt', 7, null])).toEqual(['title', 'clinician.salt'])
    expect(sortPaths(undefined)).toEqual([])
  })
})

describe('selectPaths', () => {
  const fields = [
    { name: 'title', type: 'text' },
    { name: 'codes', type: 'array', flattenedFields: [{ name: 'code', type: 'text' }] },
    { name: 'sections', type: 'blocks', blocks: [{ slug: 'text', fields: [], flattenedFields: [{ name: 'heading', type: 'text' }] }] },
  ] as unknown as FlattenedField[]

  it('names nested fields by their where-path, skipping block slugs', () => {
    expect(selectPaths({ title: true, codes: { code: true }, sections: { text: { heading: true } } }, fields)).toEqual([
      'title',
      'codes.code',
      'sections.heading',
    ])
  })

  it('keeps unknown keys as they are, for the check to refuse', () => {
    expect(selectPaths({ hash: true, sections: { video: { url: true } } }, fields)).toEqual(['hash', 'sections.video'])
    expect(selectPaths('title', fields)).toEqual([])
  })
})
