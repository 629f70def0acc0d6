/**
 * A small in-process map that forgets: entries live `ttlMs`, and past
 * `maxEntries` the least recently used goes first. For patient data kept
 * only to spare a repeat read, so both bounds matter.
 */
export class ExpiringLru<Value> {
  private readonly entries = new Map<string, { value: Value; expiresAt: number }>()

  constructor(
    private readonly maxEntries: number,
    private readonly ttlMs: number,
  ) {}

  /** The live value under `key`, marked most recently used; an expired one is dropped. */
  get(key: string, now = Date.now()): Value | undefined {
    const hit = this.entries.get(key)
    if (!hit) return undefined
    this.entries.delete(key)
    if (hit.expiresAt <= now) return undefined
    // Map keeps insertion order: re-inserting marks the entry most recently used.
    this.entries.set(key, hit)
    return hit.value
  }

  set(key: string, value: Value, now = Date.now()): void {
    this.entries.delete(key)
    this.entries.set(key, { value, expiresAt: now + this.ttlMs })
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value
      if (oldest === undefined) break
      this.entries.delete(oldest)
    }
  }

  /** Drops `key` only while it still holds `value` (a newer entry under the same key stays). */
  deleteIf(key: string, value: Value): void {
    if (this.entries.get(key)?.value === value) this.entries.delete(key)
  }

  clear(): void {
    this.entries.clear()
  }
}
