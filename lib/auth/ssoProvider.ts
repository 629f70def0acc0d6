import type { User } from 'next-auth'
import type { OAuthConfig } from 'next-auth/providers/oauth'

import type { SsoClaims } from './resolveSsoUser'
import { type SsoConfig, SSO_PROVIDER_ID } from './ssoConfig'

export interface SsoIdTokenClaims extends SsoClaims {
  sub: string
}

/**
 * next-auth 4 provider for a hospital's OpenID Connect IdP: endpoints from
 * discovery, the user read from the validated ID token, and authorization
 * code + PKCE (S256) + state + nonce, so a stolen code or a replayed ID token
 * is useless. `toUser` turns the ID token's claims into the Careleaf user.
 */
export function ssoProvider({ config, toUser }: { config: SsoConfig; toUser: (claims: SsoIdTokenClaims) => Promise<User> }): OAuthConfig<SsoIdTokenClaims> {
  return {
    id: SSO_PROVIDER_ID,
    name: config.name,
    type: 'oauth',
    wellKnown: `${config.issuer}/.well-known/openid-configuration`,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: 'openid email profile' } },
    idToken: true,
    checks: ['pkce', 'state', 'nonce'],
    // openid-client's 3.5 s default is short for a busy hospital IdP.
    httpOptions: { timeout: 10_000 },
    profile: (claims) => toUser(claims),
  }
}
