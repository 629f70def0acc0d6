import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { describe, expect, it } from 'vitest'

import { closeServerGracefully } from './closeServerGracefully.mjs'

/** A server whose one route answers after `delayMs`, like a PDF download. */
async function slowServer(delayMs: number): Promise<{ server: http.Server; url: string }> {
  const server = http.createServer((_request, response) => {
    setTimeout(() => response.end('done'), delayMs)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` }
}

describe('closeServerGracefully', () => {
  it('answers the request in flight, refuses new connections, then resolves', async () => {
    const { server, url } = await slowServer(400)
    const inFlight = fetch(url).then(async (response) => ({ status: response.status, body: await response.text() }))
    await new Promise((resolve) => setTimeout(resolve, 100))
    const closed = closeServerGracefully(server, { graceMs: 5_000 })
    await expect(fetch(url)).rejects.toThrow()
    expect(await inFlight).toEqual({ status: 200, body: 'done' })
    expect(await closed).toBe('drained')
  })

  it('gives up after the grace period', async () => {
    const { server, url } = await slowServer(3_000)
    const inFlight = fetch(url).catch(() => null)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(await closeServerGracefully(server, { graceMs: 300 })).toBe('timed-out')
    server.closeAllConnections()
    await inFlight
  })
})
