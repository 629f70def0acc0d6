import type { Payload } from 'payload'
import { beforeEach, describe, expect, it, vi } from 'vitest'

import type { Clinic } from '@/payload-types'

import { CLINIC_CACHE_TTL_MS, forgetCachedClinic, readCachedClinic } from './cachedClinic'

function fakePayload(results: Array<Clinic | Error>) {
  const findGlobal = vi.fn(async () => {
    const next = results.shift()
    if (!next) throw new Error('no more results')
    if (next instanceof Error) throw next
    return next
  })
  return { payload: { findGlobal } as unknown as Payload, findGlobal }
}

const clinic = (name: string) => ({ id: 1, name, defaultPageSize: 'LETTER' }) as Clinic

describe('readCachedClinic', () => {
  beforeEach(() => forgetCachedClinic())

  it('reads once within the time to live, again after it', async () => {
    const { payload, findGlobal } = fakePayload([clinic('First'), clinic('Second')])
    expect((await readCachedClinic(payload, 0)).name).toBe('First')
    expect((await readCachedClinic(payload, CLINIC_CACHE_TTL_MS - 1)).name).toBe('First')
    expect(findGlobal).toHaveBeenCalledTimes(1)
    expect((await readCachedClinic(payload, CLINIC_CACHE_TTL_MS)).name).toBe('Second')
    expect(findGlobal).toHaveBeenCalledTimes(2)
  })

  it('reads again at once after forgetCachedClinic (an edit in this process)', async () => {
    const { payload } = fakePayload([clinic('Before'), clinic('After')])
    await readCachedClinic(payload, 0)
    forgetCachedClinic()
    expect((await readCachedClinic(payload, 1)).name).toBe('After')
  })

  it('does not keep a failed read', async () => {
    const { payload } = fakePayload([new Error('database down'), clinic('Recovered')])
    await expect(readCachedClinic(payload, 0)).rejects.toThrow('database down')
    expect((await readCachedClinic(payload, 1)).name).toBe('Recovered')
  })
})
