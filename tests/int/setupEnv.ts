import { inject } from 'vitest'

await import('../../scripts/preload-lexical.mjs')

// payload.config.ts reads these when first imported, so set them before any test imports it.
process.env.DATABASE_URL = inject('databaseUrl')
process.env.PAYLOAD_SECRET ??= 'integration-tests-only-secret-0123456789abcdef'
process.env.NEXTAUTH_SECRET ??= 'integration-tests-only-nextauth-secret-0123456789'
