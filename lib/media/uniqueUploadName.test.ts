import { describe, expect, it } from 'vitest'

import { uniqueUploadName } from './uniqueUploadName'

describe('uniqueUploadName', () => {
  it('puts the token before the extension, so the type Payload reads from the name stays', () => {
    expect(uniqueUploadName('knee.png', 'k3f9q2ab')).toBe('knee-k3f9q2ab.png')
    expect(uniqueUploadName('knee.bent.jpeg', 'k3f9q2ab')).toBe('knee.bent-k3f9q2ab.jpeg')
    expect(uniqueUploadName('knee', 'k3f9q2ab')).toBe('knee-k3f9q2ab')
    expect(uniqueUploadName('.png', 'k3f9q2ab')).toBe('.png-k3f9q2ab')
  })

  it('makes a new name each time, of lower-case letters and digits', () => {
    const names = new Set(Array.from({ length: 200 }, () => uniqueUploadName('knee.png')))
    expect(names.size).toBe(200)
    for (const name of names) expect(name).toMatch(/^knee-[0-9a-z]{8}\.png$/)
  })
})
