/**
 * A real OpenID Connect provider for the SSO tests (panva's `oidc-provider`,
 * the certified implementation), standing in for a hospital's IdP. It listens
 * on 127.0.0.1 only, keeps everything in memory and stops with its caller.
 * Sign-in uses the package's development login form: any password works, the
 * login names one of the accounts in testIdentityProviderAccounts.ts.
 */
import crypto from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

import Provider, { type Account, type KoaContextWithOIDC } from 'oidc-provider'

import { TEST_IDP_ACCOUNTS, type TestIdentityProviderAccount } from './testIdentityProviderAccounts'

export interface TestIdentityProvider {
  issuer: string
  clientId: string
  clientSecret: string
  stop(): Promise<void>
}

/** Starts the IdP on a free 127.0.0.1 port with one confidential client allowed to return to `redirectUri`. */
export async function startTestIdentityProvider({ redirectUri }: { redirectUri: string }): Promise<TestIdentityProvider> {
  const accounts = new Map<string, TestIdentityProviderAccount>(Object.values(TEST_IDP_ACCOUNTS).map((account) => [account.login, account]))
  const clientId = 'careleaf-e2e'
  const clientSecret = crypto.randomBytes(32).toString('base64url')
  const signingKey = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' })

  // The issuer must name the port, which is only known once listening: bind first, then attach the provider.
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const issuer = `http://127.0.0.1:${port}`

  const provider = new Provider(issuer, {
    clients: [
      { client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'] },
    ],
    jwks: { keys: [{ ...signingKey, kid: 'e2e', alg: 'RS256', use: 'sig' }] },
    cookies: { keys: [crypto.randomBytes(32).toString('base64url')] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // Careleaf reads the user from the ID token (next-auth `idToken: true`), as many hospital IdPs expect.
    conformIdTokenClaims: false,
    // Refuse any authorization request without PKCE, so the tests prove Careleaf sends it.
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx: KoaContextWithOIDC, id: string): Promise<Account | undefined> {
      const account = accounts.get(id)
      if (!account) return undefined
      return {
        accountId: id,
        claims: () => ({ sub: id, email: account.email, email_verified: account.emailVerified, name: account.name }),
      }
    },
    // First-party client: consent is implied, so the tests see only the IdP's login form.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session?.grantIdFor(clientId)
      if (grantId) return ctx.oidc.provider.Grant.find(grantId)
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId: ctx.oidc.session?.accountId })
      grant.addOIDCScope('openid email profile')
      grant.addOIDCClaims(['email', 'email_verified', 'name'])
      await grant.save()
      return grant
    },
  })
  server.on('request', provider.callback())

  return {
    issuer,
    clientId,
    clientSecret,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
