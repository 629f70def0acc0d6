import type { Payload } from 'payload'

const COUNT_CALL_SQL = `
  INSERT INTO ehr_client_usage (client_id, day, infobutton_calls, cds_hooks_calls)
  VALUES ($1, $2, $3, $4)
  ON CONFLICT (client_id, day) DO UPDATE SET
    infobutton_calls = ehr_client_usage.infobutton_calls + EXCLUDED.infobutton_calls,
    cds_hooks_calls = ehr_client_usage.cds_hooks_calls + EXCLUDED.cds_hooks_calls,
    updated_at = now()`

/** The UTC day a call is counted on, as `ehr-client-usage.day` stores it. */
export function usageDay(now: Date): string {
  return now.toISOString().slice(0, 10)
}

/**
 * Adds one Infobutton or CDS Hooks call to the client's count for today (UTC): one upsert on the
 * unique (client, day) index, so concurrent calls from several app instances
 * never lose a count or collide on the first call of the day.
 */
export async function countEhrClientCall({
  payload,
  clientId,
  kind,
  now = new Date(),
}: {
  payload: Payload
  clientId: number
  kind: 'infobutton' | 'cdsHooks'
  now?: Date
}): Promise<void> {
  const day = usageDay(now)
  await payload.db.pool.query({
    name: 'careleaf_ehr_client_usage_count',
    text: COUNT_CALL_SQL,
    values: [clientId, day, kind === 'infobutton' ? 1 : 0, kind === 'cdsHooks' ? 1 : 0],
  })
}
