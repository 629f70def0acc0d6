import { describe, expect, it } from 'vitest'

import { normaliseAddress, parseTrustedProxies, resolveClientAddress } from './clientAddress'

const none = parseTrustedProxies(undefined)

describe('resolveClientAddress', () => {
  it('trusts nobody by default: the TCP peer is the client, whatever X-Forwarded-For says', () => {
    for (const forwardedFor of [null, '6.6.6.6', '127.0.0.1, 6.6.6.6', '10.0.0.1, 203.0.113.9']) {
      expect(resolveClientAddress({ peerAddress: '198.51.100.7', forwardedFor, trustedProxies: none })).toBe('198.51.100.7')
    }
  })

  it('rotating a spoofed header from one peer never changes the answer', () => {
    const answers = new Set(
      Array.from({ length: 50 }, (_, i) =>
        resolveClientAddress({ peerAddress: '::ffff:198.51.100.7', forwardedFor: `127.0.0.1, 203.0.113.${i}`, trustedProxies: none }),
      ),
    )
    expect([...answers]).toEqual(['198.51.100.7'])
  })

  it('with trusted proxy addresses, takes the nearest address that is not a trusted proxy', () => {
    const trusted = parseTrustedProxies('10.0.0.0/8, 192.0.2.10')
    // nginx at 10.0.0.5 appended the client it saw (203.0.113.9); what the client wrote is to its left.
    expect(resolveClientAddress({ peerAddress: '10.0.0.5', forwardedFor: '6.6.6.6, 203.0.113.9', trustedProxies: trusted })).toBe('203.0.113.9')
    // Two trusted hops (a load balancer, then nginx).
    expect(resolveClientAddress({ peerAddress: '10.0.0.5', forwardedFor: '6.6.6.6, 203.0.113.9, 192.0.2.10', trustedProxies: trusted })).toBe('203.0.113.9')
    // Not from a trusted proxy: the header is ignored.
    expect(resolveClientAddress({ peerAddress: '198.51.100.7', forwardedFor: '203.0.113.9', trustedProxies: trusted })).toBe('198.51.100.7')
    // Everything trusted: the farthest hop.
    expect(resolveClientAddress({ peerAddress: '10.0.0.5', forwardedFor: '10.0.0.9', trustedProxies: trusted })).toBe('10.0.0.9')
  })

  it('with a hop count, takes the address that many hops back', () => {
    expect(resolveClientAddress({ peerAddress: '172.18.0.3', forwardedFor: '6.6.6.6, 203.0.113.9', trustedProxies: parseTrustedProxies('1') })).toBe(
      '203.0.113.9',
    )
    expect(resolveClientAddress({ peerAddress: '172.18.0.3', forwardedFor: '6.6.6.6, 203.0.113.9, 10.0.0.2', trustedProxies: parseTrustedProxies('2') })).toBe(
      '203.0.113.9',
    )
    // Fewer hops than configured: the farthest one there is.
    expect(resolveClientAddress({ peerAddress: '172.18.0.3', forwardedFor: null, trustedProxies: parseTrustedProxies('1') })).toBe('172.18.0.3')
  })

  it('understands named ranges, IPv6 and IPv4-mapped peers', () => {
    const trusted = parseTrustedProxies('loopback,private')
    expect(resolveClientAddress({ peerAddress: '::1', forwardedFor: '2001:db8::1', trustedProxies: trusted })).toBe('2001:db8::1')
    expect(resolveClientAddress({ peerAddress: '::ffff:172.18.0.2', forwardedFor: '[2001:db8::2]:4711, 172.18.0.9', trustedProxies: trusted })).toBe(
      '2001:db8::2',
    )
    expect(resolveClientAddress({ peerAddress: 'fd00::5', forwardedFor: '203.0.113.9:55123', trustedProxies: trusted })).toBe('203.0.113.9')
  })

  it('never treats junk in the header as a trusted proxy', () => {
    const trusted = parseTrustedProxies('10.0.0.0/8')
    expect(resolveClientAddress({ peerAddress: '10.0.0.5', forwardedFor: '10.0.0.1, not-an-ip', trustedProxies: trusted })).toBe('not-an-ip')
  })
})

describe('parseTrustedProxies', () => {
  it.each(['', '  ', '0'])('%j trusts nobody', (raw) => {
    expect(parseTrustedProxies(raw)).toEqual({ kind: 'none' })
  })
  it.each(['lots', '10.0.0.0/33', '10.0.0.0/8/1', '300.1.1.1', 'fe80::/129', '11', '10.0.0.0/x', 'localhost'])('names a bad value %j', (raw) => {
    expect(() => parseTrustedProxies(raw)).toThrow(/CARELEAF_TRUSTED_PROXIES/)
  })
})

describe('normaliseAddress', () => {
  it.each([
    ['::ffff:127.0.0.1', '127.0.0.1'],
    [' 203.0.113.9:8080 ', '203.0.113.9'],
    ['[2001:DB8::1]:443', '2001:db8::1'],
    ['"[2001:db8::1]"', '2001:db8::1'],
    ['2001:db8::1', '2001:db8::1'],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseAddress(raw)).toBe(expected)
  })
})
