import type { Payload } from 'payload'

import type { PortalUser } from '@/lib/auth/portalUser'
import type { SectionRef } from '@/lib/handouts/createHandoutInput'
import { readAsUserOrNull } from '@/lib/payload/readAsUserOrNull'
import { relationId } from '@/lib/payload/relationId'
import type { Kit } from '@/payload-types'

export interface KitSummary {
  id: number
  name: string
  sharedWithClinic: boolean
  mine: boolean
  sectionCount: number
}

/** Kits the user may start from: their own and those shared with the clinic. */
export async function listKits({ payload, user }: { payload: Payload; user: PortalUser }): Promise<KitSummary[]> {
  const { docs } = await payload.find({ collection: 'kits', user, overrideAccess: false, sort: 'name', limit: 200, depth: 0 })
  return docs.map((kit) => ({
    id: kit.id,
    name: kit.name,
    sharedWithClinic: kit.sharedWithClinic ?? false,
    mine: relationId(kit.owner) === user.id,
    sectionCount: kit.items.length,
  }))
}

export function kitSections(kit: Kit): SectionRef[] {
  return kit.items.map((item) => ({ topicId: relationId(item.topic), sectionId: item.sectionId }))
}

/** A kit as the user may read it, or null (someone else's private kit looks the same as a missing one). */
export async function findKit({ payload, user, kitId }: { payload: Payload; user: PortalUser; kitId: number }): Promise<Kit | null> {
  return readAsUserOrNull({ payload, user, collection: 'kits', id: kitId })
}
