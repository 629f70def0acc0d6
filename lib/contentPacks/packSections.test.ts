import { describe, expect, it } from 'vitest'

import { localRowIdFor, packSections, sectionMediaIds, unpackSections } from './packSections'

const stored = [
  {
    id: 'text-1',
    blockType: 'text',
    heading: 'Rest',
    body: { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Rest two days.' }] }] } },
    // Not a field of the kind: never packed, whatever it holds.
    patientName: 'Jane Roe',
    blockName: 'internal note',
  },
  { id: 'media-1', blockType: 'media', image: { id: 42, filename: 'knee.png', url: '/api/media/file/knee.png' }, caption: 'A knee.' },
  {
    id: 'check-1',
    blockType: 'check',
    heading: 'Check',
    questions: [{ id: 'q-1', checksSection: 'text-1', kind: 'true-false', prompt: 'Rest helps.', trueFalseAnswer: 'true', explanation: 'It does.' }],
  },
  { id: 'x', blockType: 'somethingElse', secret: 'never' },
]

describe('packSections', () => {
  it('copies only the fields each section kind defines, images as pack keys', () => {
    const packed = packSections(stored, (id) => (id === 42 ? 'm-key' : null))
    expect(packed.map((section) => section.blockType)).toEqual(['text', 'media', 'check'])
    expect(packed[0]).not.toHaveProperty('patientName')
    expect(packed[0]).not.toHaveProperty('blockName')
    expect(packed[1]).toEqual({ id: 'media-1', blockType: 'media', image: 'm-key', caption: 'A knee.' })
    expect(JSON.stringify(packed)).not.toContain('Jane Roe')
    expect(sectionMediaIds(stored)).toEqual([42])
  })

  it('gives rows local ids derived from the origin’s, the same in every language, and a question follows the section it checks', () => {
    const packed = packSections(stored, () => 'm-key')
    const options = { rowIdPrefix: 'origin:7', mediaId: (key: string) => (key === 'm-key' ? 5 : null) }
    const unpacked = unpackSections(packed, options)
    expect(unpacked.map((section) => section.id)).toEqual(['text-1', 'media-1', 'check-1'].map((id) => localRowIdFor('origin:7', id)))
    const question = (unpacked[2]!.questions as { id: string; checksSection: string }[])[0]!
    expect(question.id).toBe(localRowIdFor('origin:7', 'q-1'))
    expect(question.checksSection).toBe(unpacked[0]!.id)
    expect(unpacked[1]!.image).toBe(5)
    expect(unpackSections(packed, options)).toEqual(unpacked)
    // A kind's select takes only its own options, whatever a pack says.
    const hostile = unpackSections([{ ...packed[2]!, questions: [{ id: 'q-2', kind: 'bogus', trueFalseAnswer: 'maybe', prompt: 'x' }] }], options)
    expect((hostile[0]!.questions as Record<string, unknown>[])[0]).toMatchObject({ kind: null, trueFalseAnswer: null })
    expect(localRowIdFor('origin:8', 'text-1')).not.toBe(localRowIdFor('origin:7', 'text-1'))
  })
})
