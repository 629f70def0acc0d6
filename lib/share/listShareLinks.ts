import type { Payload } from 'payload'

import type { PortalUser } from '@/lib/auth/portalUser'

import type { ShareAccessCheck } from './accessCheck'
import { type ShareLinkStatus, shareLinkStatus } from './shareLinkStatus'
import { summariseShareActivity } from './summariseShareActivity'

/** One link as the handout page lists it: never the token or its hash. */
export interface ShareLinkSummary {
  id: number
  tokenId: string
  /** Who the link is for, if the clinician said. */
  label: string | null
  createdAt: string
  expiresAt: string
  status: ShareLinkStatus
  accessCheck: ShareAccessCheck
  /** From summariseShareActivity: "Not opened yet" / "Opened 3×, last …". */
  activity: string
  pdfDownloads: number
}

/** The newest links made for a handout, read as the user (share links are readable only by who may manage the handout). */
export async function listShareLinks({
  payload,
  user,
  handoutId,
  now = new Date(),
}: {
  payload: Payload
  user: PortalUser
  handoutId: number
  now?: Date
}): Promise<ShareLinkSummary[]> {
  const { docs } = await payload.find({
    collection: 'share-links',
    where: { handout: { equals: handoutId } },
    user,
    overrideAccess: false,
    sort: '-createdAt',
    limit: 50,
    depth: 0,
  })
  return docs.map((link) => ({
    id: link.id,
    tokenId: link.tokenId,
    label: link.label ?? null,
    createdAt: link.createdAt,
    expiresAt: link.expiresAt,
    status: shareLinkStatus(link, now),
    accessCheck: link.accessCheck,
    activity: summariseShareActivity([link], now).label,
    pdfDownloads: link.pdfDownloadCount ?? 0,
  }))
}
