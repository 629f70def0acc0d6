import type { Payload } from 'payload'

// Only this column is written: the Infobutton counts its calls in the same row. The upsert adds one atomically
// (no read-modify-write), so simultaneous calls on any instance each count, whichever kind creates the day's row.
const COUNT_SQL = `
  INSERT INTO ehr_client_usage (client_id, day, cds_hooks_calls)
  VALUES ($1, $2, 1)
  ON CONFLICT (client_id, day) DO UPDATE
    SET cds_hooks_calls = ehr_client_usage.cds_hooks_calls + 1, updated_at = now()`

/** The UTC day a call is counted on, as `ehr-client-usage.day` stores it. */
export function usageDay(now: Date): string {
  return now.toISOString().slice(0, 10)
}

/**
 * Counts one CDS Hooks call for an EHR client on today's row of
 * `ehr-client-usage`: the audit of EHR lookups, as counts only (a call's
 * problem codes and patient are never stored).
 */
export async function countCdsHooksCall({ payload, clientId, now = new Date() }: { payload: Payload; clientId: number; now?: Date }): Promise<void> {
  await payload.db.pool.query({ name: 'careleaf_count_cds_hooks_call', text: COUNT_SQL, values: [clientId, usageDay(now)] })
}
