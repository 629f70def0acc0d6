import type { PayloadRequest } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import { runAfterTransaction } from './runAfterTransaction'

/** A request as Payload's Postgres adapter leaves it mid-transaction: the session's resolve/reject end it. */
function requestInTransaction(): { req: Pick<PayloadRequest, 'payload' | 'transactionID'>; events: string[]; warn: ReturnType<typeof vi.fn> } {
  const events: string[] = []
  const warn = vi.fn()
  const session = {
    db: {},
    resolve: async () => {
      events.push('commit')
    },
    reject: async () => {
      events.push('rollback')
    },
  }
  const payload = { db: { sessions: { tx1: session } }, logger: { warn } } as unknown as PayloadRequest['payload']
  return { req: { payload, transactionID: Promise.resolve('tx1') }, events, warn }
}

function end(req: Pick<PayloadRequest, 'payload' | 'transactionID'>, how: 'resolve' | 'reject'): Promise<void> {
  return req.payload.db.sessions!.tx1![how]()
}

describe('runAfterTransaction', () => {
  it('runs the task at once without a transaction: the writes are committed already', async () => {
    const task = vi.fn(async () => {})
    const payload = { db: { sessions: {} }, logger: { warn: vi.fn() } } as unknown as PayloadRequest['payload']
    await runAfterTransaction({ payload, transactionID: undefined }, task, 'failed')
    expect(task).toHaveBeenCalledOnce()
  })

  it('waits for the commit, and the commit waits for the task', async () => {
    const { req, events } = requestInTransaction()
    await runAfterTransaction(req, async () => void events.push('task'), 'failed')
    expect(events).toEqual([])
    await end(req, 'resolve')
    expect(events).toEqual(['commit', 'task'])
  })

  it('runs after a rollback too, once, even when a failed commit is rolled back', async () => {
    const { req, events } = requestInTransaction()
    await runAfterTransaction(req, async () => void events.push('task'), 'failed')
    await end(req, 'reject')
    await end(req, 'resolve')
    expect(events).toEqual(['rollback', 'task', 'commit'])
  })

  it('logs a failed task with the caller’s words only, and the commit still succeeds', async () => {
    const { req, warn } = requestInTransaction()
    await runAfterTransaction(
      req,
      async () => {
        throw new TypeError('s3 said no about secret-name.png')
      },
      'Media 7: removing files failed',
    )
    await expect(end(req, 'resolve')).resolves.toBeUndefined()
    expect(warn).toHaveBeenCalledWith('Media 7: removing files failed (TypeError)')
  })
})
