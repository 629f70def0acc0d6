import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { createPeerAddressServer, PEER_ADDRESS_HEADER } from '@/lib/net/peerAddressServer.mjs'
import { servePatientSharePage } from '@/lib/share/servePatientShare'

import { getTestPayload } from './testPayload'

/**
 * The /p/* rate limit behind the server production runs (scripts/next-server.mjs
 * wraps Next's handler in createPeerAddressServer): real sockets, real headers,
 * the real database. Requests come from loopback addresses other than
 * 127.0.0.1 (all of 127.0.0.0/8 is the loopback interface on Linux), so each
 * test has a client address of its own.
 */
let payload: Payload
let server: http.Server
let port: number
const LIMIT = 3

beforeAll(async () => {
  payload = await getTestPayload()
  server = createPeerAddressServer((request, response) => {
    const headers = new Headers()
    for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.set(name, value)
    // A malformed token: the rate limit is counted before the token is even looked at.
    void servePatientSharePage({ payload, request: new Request(`http://127.0.0.1${request.url}`, { headers }), token: 'not-a-token', rateLimit: LIMIT }).then(
      (answer) => {
        response.statusCode = answer.status
        response.end()
      },
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

afterEach(() => {
  delete process.env.CARELEAF_TRUSTED_PROXIES
})

let nextLoopbackHost = 10 + Math.floor(Math.random() * 200)
/** A loopback address used by no other test in this run. */
function freshLoopbackAddress(): string {
  nextLoopbackHost += 1
  return `127.0.${Math.floor(Math.random() * 250) + 1}.${(nextLoopbackHost % 250) + 2}`
}

function getFrom(localAddress: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/p/x', localAddress, headers, agent: false }, (response) => {
      response.resume()
      resolve(response.statusCode ?? 0)
    })
    request.on('error', reject)
  })
}

describe('rate limit on /p/*: the client is the TCP peer', () => {
  it('keeps one peer in one bucket however it rotates X-Forwarded-For or forges the peer header', async () => {
    const peer = freshLoopbackAddress()
    const statuses: number[] = []
    for (let i = 1; i <= LIMIT + 2; i += 1) {
      statuses.push(
        await getFrom(peer, { 'x-forwarded-for': `127.0.0.1, 203.0.113.${i}`, [PEER_ADDRESS_HEADER]: `198.51.100.${i}`, 'x-real-ip': `192.0.2.${i}` }),
      )
    }
    expect(statuses.slice(0, LIMIT)).toEqual(Array(LIMIT).fill(404))
    expect(statuses.slice(LIMIT)).toEqual([429, 429])
    // Another peer is another client.
    expect(await getFrom(freshLoopbackAddress(), {})).toBe(404)
  })

  it('honours X-Forwarded-For from a trusted proxy, one bucket per forwarded client', async () => {
    process.env.CARELEAF_TRUSTED_PROXIES = 'loopback'
    const proxy = freshLoopbackAddress()
    const client = `203.0.113.${Math.floor(Math.random() * 250) + 1}`
    const statuses: number[] = []
    for (let i = 1; i <= LIMIT + 1; i += 1) statuses.push(await getFrom(proxy, { 'x-forwarded-for': `6.6.6.${i}, ${client}` }))
    expect(statuses).toEqual([...Array(LIMIT).fill(404), 429])
    // The same proxy forwarding someone else: a fresh bucket.
    expect(await getFrom(proxy, { 'x-forwarded-for': `6.6.6.6, 198.51.100.${Math.floor(Math.random() * 250) + 1}` })).toBe(404)
  })

  it('ignores X-Forwarded-For from a peer that is not one of the trusted proxies', async () => {
    process.env.CARELEAF_TRUSTED_PROXIES = '10.0.0.0/8'
    const peer = freshLoopbackAddress()
    const statuses: number[] = []
    for (let i = 1; i <= LIMIT + 1; i += 1) statuses.push(await getFrom(peer, { 'x-forwarded-for': `203.0.113.${i}` }))
    expect(statuses).toEqual([...Array(LIMIT).fill(404), 429])
  })
})
