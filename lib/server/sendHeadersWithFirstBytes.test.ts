import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

import { describe, expect, it } from 'vitest'

import { sendHeadersWithFirstBytes } from './sendHeadersWithFirstBytes.mjs'

/**
 * A server answering like Next.js answers a route handler's Response (headers flushed, the body written, then
 * ended a few microtasks later, all in microtasks), counting the writes each response's socket makes (Writable's `_write`/`_writev`:
 * one per system call).
 */
async function countingServer(options: { withFirstBytes: boolean }): Promise<{ url: string; writes: number[]; close: () => void }> {
  const writes: number[] = []
  const server = http.createServer((_request, response) => {
    if (options.withFirstBytes) sendHeadersWithFirstBytes(response)
    const socket = response.socket as Socket & { _write: (...args: unknown[]) => void; _writev: (...args: unknown[]) => void }
    const index = writes.push(0) - 1
    for (const method of ['_write', '_writev'] as const) {
      const original = socket[method]
      socket[method] = function (this: Socket, ...args: unknown[]) {
        writes[index]! += 1
        return original.apply(this, args)
      }
    }
    response.setHeader('content-type', 'text/html; charset=utf-8')
    // As Next.js's pipe from the Response body: the writes run in microtasks, the end a few microtasks later.
    void Promise.resolve()
      .then(() => {
        response.flushHeaders()
        response.write(Buffer.from('<!doctype html><p>Your handout</p>'))
      })
      .then(() => undefined)
      .then(() => response.end())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, writes, close: () => server.close() }
}

describe('sendHeadersWithFirstBytes', () => {
  it('sends flushed headers and the body in one write, where Node alone makes two', async () => {
    for (const withFirstBytes of [false, true]) {
      const { url, writes, close } = await countingServer({ withFirstBytes })
      const response = await fetch(url)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(await response.text()).toBe('<!doctype html><p>Your handout</p>')
      expect(writes, withFirstBytes ? 'with sendHeadersWithFirstBytes' : 'Node alone').toEqual([withFirstBytes ? 1 : 2])
      close()
    }
  })

  it('still starts a streamed response before it ends', async () => {
    const server = http.createServer((_request, response) => {
      sendHeadersWithFirstBytes(response)
      response.flushHeaders()
      response.write('first ')
      setTimeout(() => response.end('last'), 300)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const started = Date.now()
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)
    const reader = response.body!.getReader()
    const first = await reader.read()
    expect(Date.now() - started).toBeLessThan(250)
    expect(new TextDecoder().decode(first.value)).toBe('first ')
    await reader.cancel()
    server.close()
  })
})
