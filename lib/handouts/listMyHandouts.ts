import type { Payload } from 'payload'

import type { PortalUser } from '@/lib/auth/portalUser'
import { relationId } from '@/lib/payload/relationId'
import { shareLinkStatus } from '@/lib/share/shareLinkStatus'
import type { TeachBackOutcome } from '@/lib/teachBack/teachBackOutcomes'

export interface MyHandoutRow {
  id: number
  title: string
  patientName: string
  /** The clinic's second identifier, when one was given. */
  patientIdentifier: string | null
  topicTitles: string[]
  createdAt: string
  shareLinks: { total: number; active: number }
  /** The teach-back outcome recorded in the room, if any. */
  teachBackOutcome: TeachBackOutcome | null
}

/**
 * The signed-in clinician's own handouts, newest first. Filtered by owner even
 * for admins (this is "my handouts", not an admin console), and soft-deleted
 * ones are left out for everyone.
 */
export async function listMyHandouts({
  payload,
  user,
  limit = 50,
  page = 1,
  now = new Date(),
}: {
  payload: Payload
  user: PortalUser
  limit?: number
  page?: number
  now?: Date
}) {
  const handouts = await payload.find({
    collection: 'handouts',
    user,
    overrideAccess: false,
    where: { and: [{ clinician: { equals: user.id } }, { deletedAt: { exists: false } }] },
    sort: '-createdAt',
    limit,
    page,
    depth: 0,
    select: { title: true, patientName: true, patientIdentifier: true, createdAt: true, sections: { topicTitle: true }, teachBack: { outcome: true } },
  })
  const ids = handouts.docs.map((handout) => handout.id)
  const links =
    ids.length === 0
      ? []
      : (
          await payload.find({
            collection: 'share-links',
            user,
            overrideAccess: false,
            where: { handout: { in: ids } },
            limit: 1000,
            depth: 0,
            pagination: false,
            select: { handout: true, expiresAt: true, revokedAt: true },
          })
        ).docs
  const rows: MyHandoutRow[] = handouts.docs.map((handout) => {
    const mine = links.filter((link) => relationId(link.handout) === handout.id)
    return {
      id: handout.id,
      title: handout.title,
      patientName: handout.patientName,
      patientIdentifier: handout.patientIdentifier ?? null,
      topicTitles: [...new Set((handout.sections ?? []).map((section) => section.topicTitle))],
      createdAt: handout.createdAt,
      shareLinks: { total: mine.length, active: mine.filter((link) => shareLinkStatus(link, now) === 'active').length },
      teachBackOutcome: handout.teachBack?.outcome ?? null,
    }
  })
  return { rows, totalDocs: handouts.totalDocs, page: handouts.page ?? 1, totalPages: handouts.totalPages }
}
