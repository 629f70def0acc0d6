import http from 'node:http'

import { expect, test } from '@playwright/test'

/**
 * The /p/* limit counts per client, and the client is the TCP peer: a header
 * anybody can write (X-Forwarded-For, X-Real-IP, or the header our server
 * uses to pass the peer on) must not give one client a fresh bucket per
 * request. Runs against the real production server from scripts/e2e-server.ts,
 * which trusts no proxy. Requests come from their own loopback address (all of
 * 127.0.0.0/8 is loopback on Linux), so the other specs' bucket on 127.0.0.1
 * is untouched.
 */
const LIMIT = Number(process.env.CARELEAF_SHARE_RATE_LIMIT_PER_MINUTE ?? 5000) // scripts/e2e-server.ts sets the same default

function loopbackAddress(): string {
  return `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${2 + Math.floor(Math.random() * 250)}`
}

test('security: a patient-link client rotating X-Forwarded-For still meets the rate limit (one bucket per TCP peer)', async ({ baseURL }) => {
  test.setTimeout(180_000)
  const target = new URL(baseURL!)
  const peer = loopbackAddress()
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8, localAddress: peer })
  const get = (headers: Record<string, string>, localAgent = agent) =>
    new Promise<number>((resolve, reject) => {
      const request = http.get({ host: target.hostname, port: target.port, path: '/p/not-a-real-token', headers, agent: localAgent }, (response) => {
        response.resume()
        response.on('end', () => resolve(response.statusCode ?? 0))
      })
      request.on('error', reject)
    })

  let sent = 0
  let firstRefusal = 0
  // The sliding window can spread a burst over two minutes: keep going until refused, up to twice the limit.
  while (!firstRefusal && sent < 2 * LIMIT + 100) {
    const batch = Array.from({ length: 50 }, (_, i) => {
      const n = sent + i
      return get({
        'x-forwarded-for': n % 2 ? `127.0.0.1, 203.0.${(n >> 8) & 255}.${n & 255}` : `198.51.${(n >> 8) & 255}.${n & 255}`,
        'x-real-ip': `192.0.2.${n & 255}`,
        'x-careleaf-peer-address': `203.0.113.${n & 255}`,
      })
    })
    const statuses = await Promise.all(batch)
    expect(
      statuses.filter((status) => status !== 404 && status !== 429),
      'only 404 (unknown link) or 429',
    ).toEqual([])
    const refusedAt = statuses.indexOf(429)
    if (refusedAt >= 0) firstRefusal = sent + refusedAt + 1
    sent += batch.length
  }
  agent.destroy()
  expect(firstRefusal, `no 429 in ${sent} requests with rotating headers`).toBeGreaterThan(LIMIT)

  // Another peer is another client: not refused.
  const otherAgent = new http.Agent({ localAddress: loopbackAddress() })
  expect(await get({}, otherAgent)).toBe(404)
  otherAgent.destroy()
})
