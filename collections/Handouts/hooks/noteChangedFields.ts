import type { CollectionBeforeChangeHook } from 'payload'

import type { Handout } from '@/payload-types'

/** Where `noteChangedFields` leaves the names for `recordHandoutUpdated`, per handout id. */
export const CHANGED_FIELDS_CONTEXT = 'careleafHandoutChangedFields'

// Bookkeeping Payload or the soft delete write; the soft delete has its own audit action.
const NOT_AUDITED_AS_UPDATE = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt'])

function comparable(value: unknown): string {
  // A populated relationship and its id are the same value.
  if (typeof value === 'object' && value !== null && 'id' in value) return JSON.stringify((value as { id: unknown }).id)
  return JSON.stringify(value ?? null)
}

/**
 * Notes which fields an update really changes, by name, for the audit trail.
 * Runs after field access, so `data` holds only what this user may write
 * (snapshot fields sent through the API are already gone).
 */
export const noteChangedFields: CollectionBeforeChangeHook<Handout> = ({ collection, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const original = originalDoc as unknown as Record<string, unknown>
  // Only the collection's own field names reach the audit trail, never a key a request body made up.
  const fieldNames = new Set(collection.flattenedFields.map((field) => field.name))
  const changed = Object.entries(data)
    .filter(
      ([name, value]) => fieldNames.has(name) && !NOT_AUDITED_AS_UPDATE.has(name) && value !== undefined && comparable(value) !== comparable(original[name]),
    )
    .map(([name]) => name)
    .sort()
  const noted = (req.context[CHANGED_FIELDS_CONTEXT] ?? {}) as Record<string, string[]>
  req.context[CHANGED_FIELDS_CONTEXT] = { ...noted, [String(originalDoc.id)]: changed }
  return data
}
