import { BlockList, isIP } from 'node:net'

import { PEER_ADDRESS_HEADER, peerAddressHeaderIsSet } from './peerAddressServer.mjs'

/**
 * Who is asking, for per-client limits (the `/p/*` rate limit). The TCP peer
 * decides: `X-Forwarded-For` is written by whoever sends the request, so it is
 * read only when the peer is a proxy the operator named in
 * `CARELEAF_TRUSTED_PROXIES` (default: none). Then the address is the nearest
 * one, walking the header from the right, that is not itself a trusted proxy
 * (or, with a hop count, the address that many hops back), the way Express's
 * `trust proxy` reads it.
 */
export type TrustedProxies = { kind: 'none' } | { kind: 'hops'; count: number } | { kind: 'addresses'; list: BlockList }

/** Named ranges, so a compose network or a sidecar proxy needs no CIDR arithmetic. */
const NAMED_RANGES: Record<string, Array<[string, number, 'ipv4' | 'ipv6']>> = {
  loopback: [
    ['127.0.0.0', 8, 'ipv4'],
    ['::1', 128, 'ipv6'],
  ],
  // RFC 1918 and RFC 4193: where Docker networks and in-cluster proxies live.
  private: [
    ['10.0.0.0', 8, 'ipv4'],
    ['172.16.0.0', 12, 'ipv4'],
    ['192.168.0.0', 16, 'ipv4'],
    ['fc00::', 7, 'ipv6'],
  ],
}

const MAX_HOPS = 10

function invalid(entry: string): Error {
  return new Error(
    `CARELEAF_TRUSTED_PROXIES: "${entry}" is not a hop count (1-${MAX_HOPS}), an IP address, a CIDR range (e.g. 10.0.0.0/8), "loopback" or "private". See .env.example.`,
  )
}

/** Parses `CARELEAF_TRUSTED_PROXIES`; a bad value is a start-up mistake, named in one sentence. */
export function parseTrustedProxies(raw: string | undefined): TrustedProxies {
  const value = raw?.trim() ?? ''
  if (value === '' || value === '0') return { kind: 'none' }
  if (/^\d+$/.test(value)) {
    const count = Number(value)
    if (count > MAX_HOPS) throw invalid(value)
    return { kind: 'hops', count }
  }
  const list = new BlockList()
  for (const entry of value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const named = NAMED_RANGES[entry.toLowerCase()]
    if (named) {
      for (const [network, prefix, family] of named) list.addSubnet(network, prefix, family)
      continue
    }
    const [address = '', prefixText, ...rest] = entry.split('/')
    const version = isIP(address)
    if (!version || rest.length > 0) throw invalid(entry)
    const family = version === 4 ? 'ipv4' : 'ipv6'
    if (prefixText === undefined) {
      list.addAddress(address, family)
      continue
    }
    const prefix = Number(prefixText)
    if (!/^\d+$/.test(prefixText) || prefix > (version === 4 ? 32 : 128)) throw invalid(entry)
    list.addSubnet(address, prefix, family)
  }
  return { kind: 'addresses', list }
}

/**
 * One address as written by a socket or a proxy: `::ffff:` IPv4-mapped forms
 * become plain IPv4 (one client, one bucket), ports and brackets go. Anything
 * that is not an address stays as it is: it can never match a trusted proxy.
 */
export function normaliseAddress(raw: string): string {
  let value = raw.trim().replace(/^"|"$/g, '').toLowerCase()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value)
  if (bracketed) value = bracketed[1]!
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'))
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(value)
  if (mapped) value = mapped[1]!
  return value.slice(0, 100)
}

function isTrusted(list: BlockList, address: string): boolean {
  const version = isIP(address)
  return version !== 0 && list.check(address, version === 4 ? 'ipv4' : 'ipv6')
}

/** Pure: the client's address from the TCP peer, the X-Forwarded-For header and the trust setting. */
export function resolveClientAddress({
  peerAddress,
  forwardedFor,
  trustedProxies,
}: {
  peerAddress: string
  forwardedFor: string | null
  trustedProxies: TrustedProxies
}): string {
  const peer = normaliseAddress(peerAddress)
  if (trustedProxies.kind === 'none') return peer
  // Nearest last: each proxy appends the address it saw, and the peer is the last hop of all.
  const chain = [...(forwardedFor ?? '').split(',').map(normaliseAddress).filter(Boolean), peer]
  if (trustedProxies.kind === 'hops') return chain[Math.max(0, chain.length - 1 - trustedProxies.count)]!
  for (let index = chain.length - 1; index >= 0; index -= 1) {
    if (!isTrusted(trustedProxies.list, chain[index]!)) return chain[index]!
  }
  return chain[0]!
}

let cachedSetting: { raw: string | undefined; parsed: TrustedProxies } | undefined

/** `CARELEAF_TRUSTED_PROXIES`, parsed once per value. */
export function trustedProxiesFromEnv(env: Record<string, string | undefined> = process.env): TrustedProxies {
  const raw = env.CARELEAF_TRUSTED_PROXIES
  const cached = cachedSetting
  if (cached && cached.raw === raw) return cached.parsed
  const parsed = parseTrustedProxies(raw)
  cachedSetting = { raw, parsed }
  return parsed
}

let warnedNoPeerAddress = false

/**
 * The client address of a request that came through our server
 * (scripts/next-server.mjs, which writes the socket's address into
 * PEER_ADDRESS_HEADER). Without that server (`next dev`, a bare `next start`)
 * the peer is unknown and every client shares one bucket: a limit that is too
 * tight rather than one anybody can step around.
 */
export function clientAddressOf(headers: Headers, trustedProxies: TrustedProxies = trustedProxiesFromEnv()): string {
  const peerAddress = peerAddressHeaderIsSet() ? headers.get(PEER_ADDRESS_HEADER) : null
  if (!peerAddress) {
    if (!warnedNoPeerAddress) {
      warnedNoPeerAddress = true
      console.warn('[careleaf] No client address: not started through scripts/next-server.mjs (npm start), so per-client limits count every client together.')
    }
    return 'unknown'
  }
  return resolveClientAddress({ peerAddress, forwardedFor: headers.get('x-forwarded-for'), trustedProxies })
}
