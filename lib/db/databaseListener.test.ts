import { afterEach, describe, expect, it, vi } from 'vitest'

import { CLINIC_CHANGED_CHANNEL, DatabaseListener, type ListeningClient } from './databaseListener'
import { isDatabaseUnreachable, markDatabaseReachable } from './databaseReachability'

/** A client whose connection attempts succeed or fail as the test says, and whose server can cut it or notify. */
function fakeServer() {
  let up = true
  const clients: Array<{ lost: () => void; notify: (channel: string) => void; queries: string[] }> = []
  const createClient = (): ListeningClient => {
    let onLost = () => {}
    let onNotification: (channel: string) => void = () => {}
    const entry = { lost: () => onLost(), notify: (channel: string) => onNotification(channel), queries: [] as string[] }
    clients.push(entry)
    return {
      connect: async () => {
        if (!up) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })
      },
      query: async (text) => {
        entry.queries.push(text)
      },
      end: async () => undefined,
      onNotification: (listener) => {
        onNotification = listener
      },
      onLost: (listener) => {
        onLost = listener
      },
    }
  }
  return {
    createClient,
    clients,
    stop: () => {
      up = false
      clients.at(-1)?.lost()
    },
    start: () => {
      up = true
    },
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('DatabaseListener', () => {
  afterEach(() => markDatabaseReachable())

  it('LISTENs, and moves the channel version on each notification', async () => {
    const server = fakeServer()
    const listener = new DatabaseListener({ createClient: server.createClient, log: () => undefined })
    await listener.start()
    expect(listener.listening).toBe(true)
    expect(server.clients[0]!.queries).toEqual([`LISTEN ${CLINIC_CHANGED_CHANNEL}`])
    const before = listener.version(CLINIC_CHANGED_CHANNEL)
    server.clients[0]!.notify(CLINIC_CHANGED_CHANNEL)
    expect(listener.version(CLINIC_CHANGED_CHANNEL)).not.toBe(before)
    await listener.stop()
    expect(listener.listening).toBe(false)
  })

  it('when PostgreSQL stops: stops listening, reports it unreachable, reconnects by itself, and moves every version (notifications were missed)', async () => {
    const server = fakeServer()
    const log = vi.fn()
    const listener = new DatabaseListener({ createClient: server.createClient, reconnectDelaysMs: [0, 1], log })
    await listener.start()
    const before = listener.version(CLINIC_CHANGED_CHANNEL)
    server.stop()
    expect(listener.listening).toBe(false)
    await settle()
    expect(isDatabaseUnreachable()).toBe(true)
    server.start()
    await vi.waitFor(() => expect(listener.listening).toBe(true))
    expect(isDatabaseUnreachable()).toBe(false)
    expect(listener.version(CLINIC_CHANGED_CHANNEL)).not.toBe(before)
    expect(log).toHaveBeenCalledWith('[careleaf] database listener reconnected')
    await listener.stop()
  })

  it('a dropped idle connection that reconnects at once is no outage', async () => {
    const server = fakeServer()
    const listener = new DatabaseListener({ createClient: server.createClient, reconnectDelaysMs: [0, 1], log: () => undefined })
    await listener.start()
    server.clients[0]!.lost()
    await vi.waitFor(() => expect(listener.listening).toBe(true))
    expect(isDatabaseUnreachable()).toBe(false)
    expect(server.clients).toHaveLength(2)
    await listener.stop()
  })

  it('stops retrying once stopped', async () => {
    const server = fakeServer()
    const listener = new DatabaseListener({ createClient: server.createClient, reconnectDelaysMs: [0, 1], log: () => undefined })
    await listener.start()
    server.stop()
    await listener.stop()
    const attempts = server.clients.length
    await settle()
    expect(server.clients.length).toBe(attempts)
  })
})
