import { describe, expect, it } from 'vitest'

import { formatDuration, importProgressLine } from './importProgressLine'

describe('importProgressLine', () => {
  it('shows the bar, the count, the rate and the time left at that rate', () => {
    expect(importProgressLine({ label: 'English topics', done: 250, total: 1000, elapsedMs: 10_000 })).toBe(
      'English topics [#####---------------]   250/1000  25.0/s  ETA 0:30',
    )
  })

  it('has no ETA before anything is done, and a full bar at the end', () => {
    expect(importProgressLine({ label: 'x', done: 0, total: 10, elapsedMs: 0 })).toBe('x [--------------------]   0/10  0.0/s  ETA –')
    expect(importProgressLine({ label: 'x', done: 10, total: 10, elapsedMs: 2000 })).toBe('x [####################]  10/10  5.0/s  ETA 0:00')
  })
})

describe('formatDuration', () => {
  it('writes minutes and seconds, and hours when there are any', () => {
    expect(formatDuration(65_000)).toBe('1:05')
    expect(formatDuration(3_725_000)).toBe('1:02:05')
  })
})
