import { Forbidden, NotFound } from 'payload'
import { describe, expect, it } from 'vitest'

import { readAsUserOrNull } from './readAsUserOrNull'

describe('readAsUserOrNull', () => {
  it('returns what the read returned', async () => {
    await expect(readAsUserOrNull(Promise.resolve({ id: 7 }))).resolves.toEqual({ id: 7 })
  })

  it('returns null when the document is missing or not the user’s to read', async () => {
    await expect(readAsUserOrNull(Promise.reject(new NotFound()))).resolves.toBeNull()
    await expect(readAsUserOrNull(Promise.reject(new Forbidden()))).resolves.toBeNull()
  })

  it('rethrows any other failure rather than showing it as absent', async () => {
    const failure = new Error('connection refused')
    await expect(readAsUserOrNull(Promise.reject(failure))).rejects.toBe(failure)
  })
})
