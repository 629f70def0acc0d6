import { inject } from 'vitest'

await import('../../scripts/preload-lexical.mjs')

// payload.config.ts reads these when first imported, so set them before any test imports it.
process.env.DATABASE_URL = inject('databaseUrl')
process.env.PAYLOAD_SECRET ??= 'integration-tests-only-secret-0123456789abcdef'
process.env.NEXTAUTH_SECRET ??= 'integration-tests-only-nextauth-secret-0123456789'

// Uploads from the tests go to a throwaway folder, never the checkout's media/.
process.env.CARELEAF_MEDIA_DIR = inject('mediaDir')
