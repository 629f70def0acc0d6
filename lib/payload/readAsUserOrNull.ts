import { type CollectionSlug, type DataFromCollectionSlug, Forbidden, NotFound, type Payload } from 'payload'

import type { PortalUser } from '@/lib/auth/portalUser'
import type { Locale } from '@/lib/i18n/locales'

/** Row ids are PostgreSQL `integer` (serial): anything larger cannot name a row, and the database would refuse the query. */
const MAX_ROW_ID = 2_147_483_647

/**
 * One document read as the user, or null when the user may not see it.
 * Access rules that return a `Where` make someone else's document look
 * missing (NotFound), rules that return false refuse it (Forbidden): to the
 * caller both mean "not yours to read", and an id no row can have means the
 * same. Anything else (the database down, a bug) is not an absence and is
 * rethrown, so it is never shown as a 404.
 */
export async function readAsUserOrNull<TSlug extends CollectionSlug>({
  payload,
  user,
  collection,
  id,
  depth = 0,
  draft,
  locale,
}: {
  payload: Payload
  user: PortalUser
  collection: TSlug
  id: number
  depth?: number
  /** Topics: false reads the published version. */
  draft?: boolean
  /** Localized text in this language (Payload's default locale when omitted); never another language in its place. */
  locale?: Locale
}): Promise<DataFromCollectionSlug<TSlug> | null> {
  if (!Number.isInteger(id) || id <= 0 || id > MAX_ROW_ID) return null
  try {
    return await payload.findByID({ collection, id, depth, draft, locale, fallbackLocale: false, user, overrideAccess: false })
  } catch (error) {
    if (error instanceof NotFound || error instanceof Forbidden) return null
    throw error
  }
}
