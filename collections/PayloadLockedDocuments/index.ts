import type { SanitizedConfig } from 'payload'

import { isContentEditor } from '@/access/isContentEditor'
import { ownLockOrAdmin } from '@/access/ownLockOrAdmin'

import { stampLockHolder } from './hooks/stampLockHolder'

/**
 * Access for `payload-locked-documents`, a collection Payload adds itself (its
 * config has no option for its access; it exists only once `buildConfig` has
 * sanitized the config). A lock row says who is editing a document; anyone
 * else's save of it gets 423. Payload lets any signed-in user write them, so a
 * clinician could block editorial work at will. Only content staff (the people
 * who edit in the admin) read and write locks, always in their own name
 * (`stampLockHolder`; taking over a colleague's lock in the admin moves it to
 * oneself), and a lock is cleared by its holder or an admin.
 *
 * `payload-preferences` needs nothing: Payload's own rules already keep each
 * user to their own rows (tests/int/authEndpoints.int.test.ts checks it).
 */
export function restrictLockedDocuments(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    if (collection.slug === 'payload-locked-documents') {
      collection.access = { ...collection.access, read: isContentEditor, create: isContentEditor, update: isContentEditor, delete: ownLockOrAdmin }
      collection.hooks.beforeChange = [...(collection.hooks.beforeChange ?? []), stampLockHolder]
    }
  }
  return config
}
