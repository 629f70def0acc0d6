import type { Payload } from 'payload'

import { CLINIC_CHANGED_CHANNEL, type DatabaseListener, databaseListener } from '@/lib/db/databaseListener'
import type { Clinic } from '@/payload-types'

/** What the cache needs of this process's database listener (lib/db/databaseListener.ts). */
export type ClinicChangeFeed = Pick<DatabaseListener, 'listening' | 'version'>

interface CachedClinic {
  clinic: Promise<Clinic>
  feed: ClinicChangeFeed
  /** The listener's version of the clinic channel when the read began: any later change makes the entry stale. */
  version: string
}

// On globalThis: Next.js bundles the routes, pages and Payload's hooks separately, and one process needs one cache.
const CACHE_KEY = Symbol.for('careleaf.cachedClinic')
const holder = globalThis as typeof globalThis & { [CACHE_KEY]?: CachedClinic | null }

/**
 * The clinic global changes a few times a year but is read on every page,
 * PDF and patient page, so each server process keeps it until told it
 * changed. The Clinic global's afterChange hook sends a NOTIFY inside the
 * saving transaction (delivered at commit); every instance's listener
 * receives it and moves the channel's version, which retires the entry here.
 *
 * Without a listening connection (scripts, tests, the moments after the
 * database connection dropped) nothing is cached: a change could go unseen.
 * A read that began before a change is never kept, as it may predate the commit.
 */
export function readCachedClinic(payload: Payload, feed: ClinicChangeFeed | null = databaseListener()): Promise<Clinic> {
  const entry = holder[CACHE_KEY]
  if (entry && feed?.listening && entry.feed === feed && entry.version === feed.version(CLINIC_CHANGED_CHANNEL)) return entry.clinic
  const version = feed?.listening ? feed.version(CLINIC_CHANGED_CHANNEL) : null
  // Depth 1: the logo's media document comes with it, for the page header.
  const clinic = payload.findGlobal({ slug: 'clinic', depth: 1, overrideAccess: true })
  const next = feed && version !== null ? { clinic, feed, version } : null
  holder[CACHE_KEY] = next
  // A failed read (the database is down) must not be served from the cache once it is back.
  clinic.catch(() => {
    if (next && holder[CACHE_KEY] === next) holder[CACHE_KEY] = null
  })
  return clinic
}

/** Drops this process's entry at once (an edit saved here); other processes hear of it through NOTIFY. */
export function forgetCachedClinic(): void {
  holder[CACHE_KEY] = null
}
