import type { Payload } from 'payload'

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

interface Entry {
  handout: Promise<Handout | null>
  expiresAt: number
}

const entries = new Map<string, Entry>()

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
  const hit = entries.get(key)
  if (hit && hit.expiresAt > now) {
    // Map keeps insertion order: re-inserting marks the entry most recently used.
    entries.delete(key)
    entries.set(key, hit)
    return hit.handout
  }
  if (hit) entries.delete(key)

  const handout = payload.findByID({ collection: 'handouts', id: handoutId, depth: 0, overrideAccess: true, disableErrors: true })
  const entry: Entry = { handout, expiresAt: now + TTL_MS }
  entries.set(key, entry)
  handout.then(
    (found) => {
      // Not found, or a read that raced with an edit and returned a newer row: keep nothing under this key.
      const matches = found && new Date(found.updatedAt).getTime() === new Date(updatedAt).getTime()
      if (!matches && entries.get(key) === entry) entries.delete(key)
    },
    () => {
      if (entries.get(key) === entry) entries.delete(key)
    },
  )
  while (entries.size > MAX_ENTRIES) {
    const oldest = entries.keys().next().value
    if (oldest === undefined) break
    entries.delete(oldest)
  }
  return handout
}
