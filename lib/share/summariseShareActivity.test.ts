import { describe, expect, it } from 'vitest'

import { summariseShareActivity } from './summariseShareActivity'

const now = new Date('2026-06-10T00:00:00Z')
const base = { expiresAt: '2026-07-01T00:00:00Z', revokedAt: null, openCount: 0, pdfDownloadCount: 0, firstOpenedAt: null, lastOpenedAt: null }

describe('summariseShareActivity', () => {
  it('says when a handout was never shared or never opened', () => {
    expect(summariseShareActivity([], now).label).toBe('Not shared')
    expect(summariseShareActivity([base], now).label).toBe('Not opened yet')
  })
  it('adds up opens and downloads across links and keeps the extreme times', () => {
    const summary = summariseShareActivity(
      [
        { ...base, openCount: 2, pdfDownloadCount: 1, firstOpenedAt: '2026-06-02T10:00:00.000Z', lastOpenedAt: '2026-06-03T10:00:00.000Z' },
        { ...base, openCount: 1, firstOpenedAt: '2026-06-01T09:00:00.000Z', lastOpenedAt: '2026-06-05T09:00:00.000Z', revokedAt: '2026-06-06T00:00:00.000Z' },
      ],
      now,
    )
    expect(summary).toMatchObject({
      links: 2,
      activeLinks: 1,
      opens: 3,
      pdfDownloads: 1,
      firstOpenedAt: '2026-06-01T09:00:00.000Z',
      lastOpenedAt: '2026-06-05T09:00:00.000Z',
    })
    expect(summary.label).toBe('Opened 3×, last Jun 5, 2026')
  })
})
