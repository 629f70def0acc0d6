import { getPayload } from 'payload'

import { committedMigrations } from '@/lib/db/committedMigrations'
import { seedDemoContent, type SeedReport } from '@/lib/seed/seedDemoContent'

/**
 * Applies committed migrations, then seeds what is missing. Imports the
 * Payload config lazily: it reads DATABASE_URL and PAYLOAD_SECRET when loaded,
 * so the caller must have set them first.
 */
export async function migrateAndSeed({ demoAccounts }: { demoAccounts: boolean }): Promise<SeedReport> {
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  try {
    // The migrations are imported, not read from disk, so this works under tsx, vitest and Next alike.
    await payload.db.migrate({ migrations: committedMigrations })
    return await seedDemoContent({ payload, demoAccounts })
  } finally {
    await payload.destroy()
    // destroy() leaves the pg pool open (and ending it can wait on a client Payload never releases). The caller
    // may stop the database later while idle connections remain: that is expected, not a reason to crash.
    payload.db.pool?.on('error', () => undefined)
  }
}
