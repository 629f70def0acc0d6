/** Bookkeeping Payload writes on every save; not something a person changed. */
const IGNORED = new Set(['id', 'createdAt', 'updatedAt', 'globalType'])

/** A related document compares by id, whether it arrives populated or not. */
function comparable(value: unknown): string {
  if (value && typeof value === 'object' && !Array.isArray(value) && 'id' in value) return JSON.stringify((value as { id: unknown }).id)
  return JSON.stringify(value ?? null)
}

/** Top-level field names whose value differs between two versions of a document, sorted; the values themselves never leave here. */
export function changedFieldNames(before: Record<string, unknown> | null | undefined, after: Record<string, unknown>): string[] {
  const names = new Set([...Object.keys(before ?? {}), ...Object.keys(after)])
  return [...names].filter((name) => !IGNORED.has(name) && comparable(before?.[name]) !== comparable(after[name])).sort()
}
