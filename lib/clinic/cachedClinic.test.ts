import type { Payload } from 'payload'
import { beforeEach, describe, expect, it, vi } from 'vitest'

import type { Clinic } from '@/payload-types'

import { type ClinicChangeFeed, forgetCachedClinic, readCachedClinic } from './cachedClinic'

function fakePayload(results: Array<Clinic | Error>) {
  const findGlobal = vi.fn(async () => {
    const next = results.shift()
    if (!next) throw new Error('no more results')
    if (next instanceof Error) throw next
    return next
  })
  return { payload: { findGlobal } as unknown as Payload, findGlobal }
}

/** Stands in for the database listener: `notify` is another instance's NOTIFY arriving. */
function fakeFeed() {
  let changes = 0
  const feed = {
    listening: true,
    version: () => String(changes),
    notify: () => {
      changes += 1
    },
  }
  return feed satisfies ClinicChangeFeed
}

const clinic = (name: string) => ({ id: 1, name, defaultPageSize: 'LETTER' }) as Clinic

describe('readCachedClinic', () => {
  beforeEach(() => forgetCachedClinic())

  it('reads once while nothing changes, however long', async () => {
    const { payload, findGlobal } = fakePayload([clinic('First'), clinic('Second')])
    const feed = fakeFeed()
    expect((await readCachedClinic(payload, feed)).name).toBe('First')
    expect((await readCachedClinic(payload, feed)).name).toBe('First')
    expect(findGlobal).toHaveBeenCalledTimes(1)
  })

  it('reads again at once after a NOTIFY from any instance', async () => {
    const { payload } = fakePayload([clinic('Before'), clinic('After')])
    const feed = fakeFeed()
    await readCachedClinic(payload, feed)
    feed.notify()
    expect((await readCachedClinic(payload, feed)).name).toBe('After')
  })

  it('does not keep a read that began before a change (it may predate the commit)', async () => {
    const { payload, findGlobal } = fakePayload([clinic('Old'), clinic('New')])
    const feed = fakeFeed()
    const inFlight = readCachedClinic(payload, feed)
    feed.notify()
    expect((await inFlight).name).toBe('Old')
    expect((await readCachedClinic(payload, feed)).name).toBe('New')
    expect(findGlobal).toHaveBeenCalledTimes(2)
  })

  it('caches nothing while the listener is not listening (a change could go unheard)', async () => {
    const { payload, findGlobal } = fakePayload([clinic('One'), clinic('Two'), clinic('Three')])
    const feed = fakeFeed()
    feed.listening = false
    expect((await readCachedClinic(payload, feed)).name).toBe('One')
    expect((await readCachedClinic(payload, feed)).name).toBe('Two')
    expect((await readCachedClinic(payload, null)).name).toBe('Three')
    expect(findGlobal).toHaveBeenCalledTimes(3)
  })

  it('reads again at once after forgetCachedClinic (an edit in this process)', async () => {
    const { payload } = fakePayload([clinic('Before'), clinic('After')])
    const feed = fakeFeed()
    await readCachedClinic(payload, feed)
    forgetCachedClinic()
    expect((await readCachedClinic(payload, feed)).name).toBe('After')
  })

  it('does not keep a failed read', async () => {
    const { payload } = fakePayload([new Error('database down'), clinic('Recovered')])
    const feed = fakeFeed()
    await expect(readCachedClinic(payload, feed)).rejects.toThrow('database down')
    expect((await readCachedClinic(payload, feed)).name).toBe('Recovered')
  })
})
