/** The next-auth provider id: the IdP must allow `<NEXTAUTH_URL>/api/auth/callback/oidc` as a redirect URI. */
export const SSO_PROVIDER_ID = 'oidc'
export const DEFAULT_SSO_NAME = 'Hospital SSO'

export interface SsoConfig {
  issuer: string
  clientId: string
  clientSecret: string
  /** Shown on the sign-in button: "Sign in with <name>". */
  name: string
}

/**
 * Hospital single sign-on (OpenID Connect) is on only when the issuer, client
 * id and client secret are all set; a half-configured provider would fail at
 * the IdP in front of a user instead of here.
 */
export function readSsoConfig(env: Partial<Record<string, string>> = process.env): SsoConfig | null {
  const issuer = env.CARELEAF_OIDC_ISSUER?.trim().replace(/\/+$/, '')
  const clientId = env.CARELEAF_OIDC_CLIENT_ID?.trim()
  const clientSecret = env.CARELEAF_OIDC_CLIENT_SECRET?.trim()
  if (!issuer || !clientId || !clientSecret) return null
  const name = env.CARELEAF_OIDC_NAME?.trim() || DEFAULT_SSO_NAME
  return { issuer, clientId, clientSecret, name }
}
