import type { Payload } from 'payload'

import { ExpiringLru } from '@/lib/cache/expiringLru'
import type { Handout } from '@/payload-types'

/**
 * Handouts are snapshots: after creation only an admin edit or a soft delete
 * changes one, and both move `updatedAt`. So a patient page can reuse the
 * handout it read a moment ago as long as the row's `updatedAt` (returned by
 * the same statement that counted the open) is unchanged. Small and short
 * lived on purpose: this is patient data held in memory, only to spare the
 * database the same read when a family opens a link several times or a
 * page is reloaded.
 */
const MAX_ENTRIES = 100
const TTL_MS = 5 * 60_000

const handouts = new ExpiringLru<Promise<Handout | null>>(MAX_ENTRIES, TTL_MS)

function keyOf(handoutId: number, updatedAt: string): string {
  return `${handoutId}@${updatedAt}`
}

export async function readSharedHandout({
  payload,
  handoutId,
  updatedAt,
  now = Date.now(),
}: {
  payload: Payload
  handoutId: number
  /** The row's updated_at as the database returned it, in ISO form. */
  updatedAt: string
  now?: number
}): Promise<Handout | null> {
  const key = keyOf(handoutId, updatedAt)
  const hit = handouts.get(key, now)
  if (hit) return hit

  const handout = payload.findByID({ collection: 'handouts', id: handoutId, depth: 0, overrideAccess: true, disableErrors: true })
  handouts.set(key, handout, now)
  handout.then(
    (found) => {
      // Not found, or a read that raced with an edit and returned a newer row: keep nothing under this key.
      const matches = found && new Date(found.updatedAt).getTime() === new Date(updatedAt).getTime()
      if (!matches) handouts.deleteIf(key, handout)
    },
    () => handouts.deleteIf(key, handout),
  )
  return handout
}
