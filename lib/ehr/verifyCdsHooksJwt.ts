import { createLocalJWKSet, createRemoteJWKSet, decodeJwt, errors, type JSONWebKeySet, type JWTVerifyGetKey, jwtVerify } from 'jose'
import type { Payload } from 'payload'

import type { EhrClient } from '@/payload-types'

import { recordCdsHooksJti } from './recordCdsHooksJti'

/** The call is not from a registered, active EHR with a valid JWT; the message says which check failed. */
export class CdsHooksAuthError extends Error {
  constructor(
    message: string,
    /** 401 for the caller's token, 503 when the EHR's own JWKS URL could not be read. */
    readonly status: 401 | 503 = 401,
  ) {
    super(message)
    this.name = 'CdsHooksAuthError'
  }
}

/** CDS Hooks 2.0 §Trusting CDS Clients: the EHR signs with ES384 or RS384. */
export const CDS_HOOKS_JWT_ALGORITHMS = ['ES384', 'RS384']
/** CDS Hooks 2.0: `exp` "MUST be no more than five minutes in the future". */
const MAX_LIFETIME_SECONDS = 5 * 60
/** Clocks of two systems differ a little; more than this is a clock to fix. */
const CLOCK_TOLERANCE_SECONDS = 30

// One key set per JWKS URL per process: jose caches the keys it fetched (10 minutes) and refetches for an unknown `kid`.
const REMOTE_KEY_SETS = new Map<string, JWTVerifyGetKey>()

function remoteKeySet(jwksUrl: string): JWTVerifyGetKey {
  let url: URL
  try {
    url = new URL(jwksUrl)
  } catch {
    throw new CdsHooksAuthError('The EHR client’s JWKS URL is not a URL: an admin must correct it.')
  }
  // Keys fetched over plain HTTP could be anyone's; a JWKS on this machine (a test, a local EHR sandbox) is the exception.
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new CdsHooksAuthError('The EHR client’s JWKS URL must be https: an admin must correct it.')
  }
  let keySet = REMOTE_KEY_SETS.get(url.href)
  if (!keySet) {
    keySet = createRemoteJWKSet(url, { timeoutDuration: 5_000, cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 })
    REMOTE_KEY_SETS.set(url.href, keySet)
  }
  return keySet
}

/** The admin may paste a key set, an array of keys or one key: each is read as a key set. */
function asKeySet(publicKeys: EhrClient['publicKeys']): JSONWebKeySet | null {
  if (publicKeys === null || publicKeys === undefined || publicKeys === '') return null
  if (Array.isArray(publicKeys)) return { keys: publicKeys } as JSONWebKeySet
  if (typeof publicKeys === 'object' && Array.isArray(publicKeys.keys)) return publicKeys as unknown as JSONWebKeySet
  if (typeof publicKeys === 'object' && typeof publicKeys.kty === 'string') return { keys: [publicKeys] } as unknown as JSONWebKeySet
  throw new CdsHooksAuthError('The EHR client’s public keys are not a JSON Web Key Set: an admin must correct them.')
}

function keysOf(client: EhrClient): { keys: JWTVerifyGetKey; remote: boolean } {
  const keySet = asKeySet(client.publicKeys)
  if (keySet) {
    try {
      return { keys: createLocalJWKSet(keySet), remote: false }
    } catch {
      throw new CdsHooksAuthError('The EHR client’s public keys are not a JSON Web Key Set: an admin must correct them.')
    }
  }
  if (client.jwksUrl?.trim()) return { keys: remoteKeySet(client.jwksUrl.trim()), remote: true }
  throw new CdsHooksAuthError('The EHR client has no public keys or JWKS URL: an admin must add them.')
}

function isActive(client: EhrClient, now: Date): boolean {
  return !client.revokedAt || new Date(client.revokedAt).getTime() > now.getTime()
}

/** jose's refusal in words an EHR integrator can act on. */
function explain(error: unknown, serviceUrl: string): string {
  if (error instanceof errors.JWTExpired) return 'The JWT has expired (exp).'
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return `The JWT’s aud must be this service’s URL, ${serviceUrl}.`
    if (error.claim === 'iat' || error.claim === 'nbf') return `The JWT is not valid yet (${error.claim}): check the EHR’s clock.`
    return `The JWT has no valid ${error.claim} claim (CDS Hooks requires iss, aud, exp, iat and jti).`
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return `The JWT must be signed with ${CDS_HOOKS_JWT_ALGORITHMS.join(' or ')}.`
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWSSignatureVerificationFailed) {
    return 'The JWT’s signature does not match any of the EHR client’s public keys.'
  }
  if (error instanceof errors.JWKSMultipleMatchingKeys) return 'Several of the EHR client’s public keys match: give each a kid and sign with one.'
  return 'The JWT is not a valid signed JWT.'
}

/**
 * Authenticates a CDS Hooks call the CDS Hooks 2.0 way (§Trusting CDS
 * Clients): `Authorization: Bearer <JWT>` signed by the EHR, whose `iss` is
 * a registered, unrevoked EHR client's issuer, verified with that client's
 * public keys (or its JWKS URL); `aud` is this service's URL; `exp` at most
 * five minutes ahead; a `jti` never seen before (a replayed token is
 * refused until it expires). Returns the client; anything else is a
 * CdsHooksAuthError saying which check failed.
 */
export async function verifyCdsHooksJwt({
  payload,
  authorization,
  serviceUrl,
  now = new Date(),
}: {
  payload: Payload
  authorization: string | null
  serviceUrl: string
  now?: Date
}): Promise<EhrClient> {
  const token = /^Bearer\s+([\w-]+\.[\w-]+\.[\w-]+)\s*$/i.exec(authorization ?? '')?.[1]
  if (!token) {
    throw new CdsHooksAuthError(
      authorization ? 'The Authorization header must be “Bearer ” and a signed JWT.' : 'Send Authorization: Bearer <JWT>, signed by the EHR (CDS Hooks 2.0).',
    )
  }
  let issuer: unknown
  try {
    issuer = decodeJwt(token).iss
  } catch {
    throw new CdsHooksAuthError('The JWT is not a valid signed JWT.')
  }
  if (typeof issuer !== 'string' || issuer === '') throw new CdsHooksAuthError('The JWT has no iss claim.')

  const { docs } = await payload.find({ collection: 'ehr-clients', overrideAccess: true, where: { issuer: { equals: issuer } }, limit: 10, depth: 0 })
  const client = docs.find((doc) => isActive(doc, now))
  if (!client) {
    throw new CdsHooksAuthError(
      docs.length > 0 ? 'This EHR client has been revoked.' : 'Unknown issuer: an admin must register this EHR (its iss) as an EHR client.',
    )
  }

  const { keys, remote } = keysOf(client)
  let claims: { exp?: number; jti?: string }
  try {
    ;({ payload: claims } = await jwtVerify(token, keys, {
      issuer,
      audience: serviceUrl,
      algorithms: CDS_HOOKS_JWT_ALGORITHMS,
      requiredClaims: ['iss', 'aud', 'exp', 'iat', 'jti'],
      currentDate: now,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    }))
  } catch (error) {
    if (remote && (error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError))) {
      throw new CdsHooksAuthError('The EHR’s JWKS URL could not be read; try again shortly.', 503)
    }
    throw new CdsHooksAuthError(explain(error, serviceUrl))
  }
  const nowSeconds = Math.floor(now.getTime() / 1000)
  const { exp, jti } = claims
  if (typeof exp !== 'number' || exp > nowSeconds + MAX_LIFETIME_SECONDS + CLOCK_TOLERANCE_SECONDS) {
    throw new CdsHooksAuthError('The JWT’s exp must be at most five minutes ahead (CDS Hooks 2.0).')
  }
  if (typeof jti !== 'string' || jti === '') throw new CdsHooksAuthError('The JWT has no jti claim.')
  // Remembered until the token could no longer pass the exp check anyway.
  const firstUse = await recordCdsHooksJti({ payload, issuer, jti, until: new Date((exp + CLOCK_TOLERANCE_SECONDS) * 1000), now })
  if (!firstUse) throw new CdsHooksAuthError('This JWT was already used (its jti was seen before): sign a new one for each call.')
  return client
}
