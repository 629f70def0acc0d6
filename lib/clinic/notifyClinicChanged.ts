import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { CLINIC_CHANGED_CHANNEL } from '@/lib/db/databaseListener'

/**
 * Tells every server process's database listener that the clinic global
 * changed. Sent inside the saving transaction when there is one: PostgreSQL
 * delivers a NOTIFY only at commit (and drops it on rollback), so no instance
 * re-reads the row before the new values are visible.
 */
export async function notifyClinicChanged({ payload, transactionID }: Pick<PayloadRequest, 'payload' | 'transactionID'>): Promise<void> {
  const transaction = transactionID ? payload.db.sessions?.[String(await transactionID)] : undefined
  // The shared type spans every SQL adapter; this project's (Postgres) sessions hold Postgres transactions.
  const database = (transaction?.db as Pick<typeof payload.db.drizzle, 'execute'> | undefined) ?? payload.db.drizzle
  await database.execute(sql`SELECT pg_notify(${CLINIC_CHANGED_CHANNEL}, '')`)
}
