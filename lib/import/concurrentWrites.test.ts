import { describe, expect, it } from 'vitest'

import { ConcurrentWrites } from './concurrentWrites'

const tick = () => new Promise((resolve) => setTimeout(resolve, 1))

describe('ConcurrentWrites', () => {
  it('never runs more than its limit at once, and drains them all', async () => {
    const writes = new ConcurrentWrites(3)
    let running = 0
    let most = 0
    let finished = 0
    for (let index = 0; index < 10; index += 1) {
      await writes.run(async () => {
        running += 1
        most = Math.max(most, running)
        await tick()
        running -= 1
        finished += 1
      })
    }
    await writes.drain()
    expect(most).toBe(3)
    expect(finished).toBe(10)
  })

  it('rethrows the first failure and starts nothing after it', async () => {
    const writes = new ConcurrentWrites(1)
    let started = 0
    await writes.run(async () => {
      started += 1
      throw new Error('database gone')
    })
    await expect(
      writes.run(async () => {
        started += 1
      }),
    ).rejects.toThrow('database gone')
    await expect(writes.drain()).rejects.toThrow('database gone')
    expect(started).toBe(1)
  })
})
