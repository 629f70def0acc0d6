import { fhirPushConfig } from '../fhir/fhirConfig'
import { s3MediaSettings } from '../media/s3MediaSettings'
import { parseTrustedProxies } from '../net/clientAddress'

const REQUIRED = ['DATABASE_URL', 'PAYLOAD_SECRET', 'NEXTAUTH_SECRET'] as const

/**
 * Fails start-up with one clear sentence instead of an obscure error on the
 * first request. `npm run dev` / `npm start` fill these for a local checkout.
 */
export function requireServerEnv(env: NodeJS.ProcessEnv = process.env): void {
  const missing = REQUIRED.filter((name) => !env[name])
  if (missing.length > 0) {
    throw new Error(
      `Careleaf cannot start: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set. ` +
        'Use `npm run dev` or `npm start` for a local database and generated secrets, or set them as described in .env.example.',
    )
  }
  if ((env.PAYLOAD_SECRET ?? '').length < 32 || (env.NEXTAUTH_SECRET ?? '').length < 32) {
    throw new Error('Careleaf cannot start: PAYLOAD_SECRET and NEXTAUTH_SECRET must each be at least 32 characters (e.g. `openssl rand -base64 32`).')
  }
  try {
    parseTrustedProxies(env.CARELEAF_TRUSTED_PROXIES)
    fhirPushConfig(env)
    s3MediaSettings(env)
  } catch (error) {
    throw new Error(`Careleaf cannot start: ${(error as Error).message}`)
  }
}
