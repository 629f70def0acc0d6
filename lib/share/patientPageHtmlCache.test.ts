import { beforeEach, describe, expect, it, vi } from 'vitest'

import { cachedPatientPageBytes, clearPatientPageHtmlCache, patientPageCacheKey } from './patientPageHtmlCache'

const clinic = { name: 'Springfield', phone: '(555) 010-0199' }

describe('the patient page cache', () => {
  beforeEach(() => clearPatientPageHtmlCache())

  it('renders a page once for repeat opens of the same link, snapshot and branding', () => {
    const render = vi.fn(() => '<p>page</p>')
    const key = patientPageCacheKey({ tokenHash: 'h', handoutId: 1, handoutUpdatedAt: '2026-11-30T10:00:00.000Z', clinic })
    const first = cachedPatientPageBytes(key, render)
    expect(new TextDecoder().decode(first)).toBe('<p>page</p>')
    // The same bytes again: neither rendered nor encoded twice.
    expect(cachedPatientPageBytes(key, render)).toBe(first)
    expect(render).toHaveBeenCalledTimes(1)
  })

  it('keys on the link, the handout version and the branding, however the time is written', () => {
    const base = { tokenHash: 'h', handoutId: 1, handoutUpdatedAt: '2026-11-30T10:00:00.000Z', clinic }
    const key = patientPageCacheKey(base)
    expect(patientPageCacheKey({ ...base, handoutUpdatedAt: '2026-11-30T10:00:00Z' })).toBe(key)
    expect(patientPageCacheKey({ ...base, tokenHash: 'other' })).not.toBe(key)
    expect(patientPageCacheKey({ ...base, handoutUpdatedAt: '2026-11-30T10:00:01.000Z' })).not.toBe(key)
    expect(patientPageCacheKey({ ...base, clinic: { ...clinic, phone: '(555) 010-0100' } })).not.toBe(key)
  })

  it('renders again after five minutes, and keeps at most 200 pages', () => {
    const render = vi.fn(() => 'page')
    cachedPatientPageBytes('a', render, 0)
    cachedPatientPageBytes('a', render, 5 * 60_000 + 1)
    expect(render).toHaveBeenCalledTimes(2)
    for (let index = 0; index < 200; index++) cachedPatientPageBytes(`fill-${index}`, () => 'x', 5 * 60_000 + 2)
    cachedPatientPageBytes('a', render, 5 * 60_000 + 3)
    expect(render).toHaveBeenCalledTimes(3)
  })
})
