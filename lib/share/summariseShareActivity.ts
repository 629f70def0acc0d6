import type { Payload } from 'payload'

import type { PortalUser } from '@/lib/auth/portalUser'
import { relationId } from '@/lib/payload/relationId'
import type { ShareLink } from '@/payload-types'

import { shareLinkStatus } from './shareLinkStatus'

export type ShareActivityInput = Pick<ShareLink, 'expiresAt' | 'revokedAt' | 'openCount' | 'pdfDownloadCount' | 'firstOpenedAt' | 'lastOpenedAt'>

export interface ShareActivitySummary {
  links: number
  activeLinks: number
  opens: number
  pdfDownloads: number
  firstOpenedAt: string | null
  lastOpenedAt: string | null
  /** "Not shared", "Not opened yet", or "Opened 3×, last Dec 2, 2026". */
  label: string
}

const MEDIUM_DATE_FORMAT = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' })

function formatDay(iso: string): string {
  return MEDIUM_DATE_FORMAT.format(new Date(iso))
}

/**
 * What the clinician needs to know about one link or all of a handout's links:
 * has the patient opened it, how often, when last. Pure: give it the links.
 */
export function summariseShareActivity(links: readonly ShareActivityInput[], now: Date = new Date()): ShareActivitySummary {
  let opens = 0
  let pdfDownloads = 0
  let first: string | null = null
  let last: string | null = null
  let activeLinks = 0
  for (const link of links) {
    opens += link.openCount ?? 0
    pdfDownloads += link.pdfDownloadCount ?? 0
    if (link.firstOpenedAt && (!first || link.firstOpenedAt < first)) first = link.firstOpenedAt
    if (link.lastOpenedAt && (!last || link.lastOpenedAt > last)) last = link.lastOpenedAt
    if (shareLinkStatus(link, now) === 'active') activeLinks += 1
  }
  const label = links.length === 0 ? 'Not shared' : opens === 0 ? 'Not opened yet' : `Opened ${opens}×${last ? `, last ${formatDay(last)}` : ''}`
  return { links: links.length, activeLinks, opens, pdfDownloads, firstOpenedAt: first, lastOpenedAt: last, label }
}

/**
 * Share activity for several handouts at once, read as the user (so only
 * links they may see count), keyed by handout id. Handouts without links map
 * to a "Not shared" summary.
 */
export async function findShareActivity({
  payload,
  user,
  handoutIds,
  now = new Date(),
}: {
  payload: Payload
  user: PortalUser
  handoutIds: readonly number[]
  now?: Date
}): Promise<Map<number, ShareActivitySummary>> {
  const byHandout = new Map<number, ShareActivityInput[]>(handoutIds.map((id) => [id, []]))
  if (handoutIds.length > 0) {
    const { docs } = await payload.find({
      collection: 'share-links',
      where: { handout: { in: [...handoutIds] } },
      user,
      overrideAccess: false,
      depth: 0,
      pagination: false,
      select: { handout: true, expiresAt: true, revokedAt: true, openCount: true, pdfDownloadCount: true, firstOpenedAt: true, lastOpenedAt: true },
    })
    for (const link of docs) {
      const handoutId = relationId(link.handout)
      byHandout.get(handoutId)?.push(link)
    }
  }
  return new Map([...byHandout].map(([id, links]) => [id, summariseShareActivity(links, now)]))
}
