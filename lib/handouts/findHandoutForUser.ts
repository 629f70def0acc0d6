import type { Payload } from 'payload'

import type { PortalUser } from '@/lib/auth/portalUser'
import { readAsUserOrNull } from '@/lib/payload/readAsUserOrNull'
import type { Handout } from '@/payload-types'

/**
 * A handout as the user may read it, or null. Read as the user: another
 * clinician's private (or a deleted) handout is simply absent, unless its
 * clinician shares with the clinic. Managing it (sharing, refreshing,
 * deleting) is a further check: canManageHandout.
 */
export async function findHandoutForUser({ payload, user, handoutId }: { payload: Payload; user: PortalUser; handoutId: number }): Promise<Handout | null> {
  return readAsUserOrNull({ payload, user, collection: 'handouts', id: handoutId })
}
