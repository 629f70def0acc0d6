import type { Payload } from 'payload'

import { hasRole } from '@/access/roles'
import type { PortalUser } from '@/lib/auth/portalUser'
import { relationId } from '@/lib/payload/relationId'

export interface ColleagueHandoutRow {
  id: number
  title: string
  patientName: string
  patientIdentifier: string | null
  topicTitles: string[]
  createdAt: string
  ownerName: string
}

/**
 * Handouts of colleagues an admin marked as sharing with the clinic, newest
 * first, without the user's own. The handouts are read as the user, so the
 * read rule (`ownOrSharedByColleagueNotDeleted`) decides what shows; the
 * sharing colleagues' display names are read with access overridden because
 * a clinician may not read other accounts, and a name is all that is taken.
 * The list is limited to sharing owners for admins too: "shared by
 * colleagues" is not an admin console of everyone's handouts.
 */
export async function listColleagueHandouts({ payload, user, limit = 50, page = 1 }: { payload: Payload; user: PortalUser; limit?: number; page?: number }) {
  const none = { rows: [] as ColleagueHandoutRow[], totalDocs: 0, page: 1, totalPages: 0 }
  if (!hasRole(user, 'clinician', 'admin')) return none
  const { docs: sharers } = await payload.find({
    collection: 'users',
    overrideAccess: true,
    where: { and: [{ sharesHandoutsWithClinic: { equals: true } }, { id: { not_equals: user.id } }] },
    depth: 0,
    pagination: false,
    select: { name: true },
  })
  if (sharers.length === 0) return none
  const names = new Map(sharers.map((sharer) => [sharer.id, sharer.name]))
  const handouts = await payload.find({
    collection: 'handouts',
    user,
    overrideAccess: false,
    where: { and: [{ clinician: { in: [...names.keys()] } }, { deletedAt: { exists: false } }] },
    sort: '-createdAt',
    limit,
    page,
    depth: 0,
    select: { title: true, patientName: true, patientIdentifier: true, createdAt: true, clinician: true, sections: { topicTitle: true } },
  })
  const rows: ColleagueHandoutRow[] = handouts.docs.map((handout) => ({
    id: handout.id,
    title: handout.title,
    patientName: handout.patientName,
    patientIdentifier: handout.patientIdentifier ?? null,
    topicTitles: [...new Set((handout.sections ?? []).map((section) => section.topicTitle))],
    createdAt: handout.createdAt,
    ownerName: names.get(relationId(handout.clinician)) ?? 'A colleague',
  }))
  return { rows, totalDocs: handouts.totalDocs, page: handouts.page ?? 1, totalPages: handouts.totalPages }
}
