import type { Payload } from 'payload'
import { z } from 'zod'

import type { PortalUser } from '@/lib/auth/portalUser'
import { dedupeSections } from '@/lib/handouts/orderSections'
import type { Kit } from '@/payload-types'

export const saveKitInput = z.object({
  name: z.string().trim().min(1, { message: 'Give the kit a name.' }).max(120, { message: 'The kit name is too long (120 characters at most).' }),
  sharedWithClinic: z.boolean().default(false),
  sections: z
    .array(z.object({ topicId: z.number().int().positive(), sectionId: z.string().min(1).max(100) }))
    .min(1, { message: 'Tick at least one section to save in the kit.' })
    .max(100),
})

export type SaveKitInput = z.output<typeof saveKitInput>

/** Saves the builder's current selection, in order, as a named kit owned by the user. */
export async function saveKit({ payload, user, input }: { payload: Payload; user: PortalUser; input: SaveKitInput }): Promise<Kit> {
  return payload.create({
    collection: 'kits',
    user,
    overrideAccess: false,
    data: {
      name: input.name,
      sharedWithClinic: input.sharedWithClinic,
      owner: user.id,
      items: dedupeSections(input.sections).map((ref) => ({ topic: ref.topicId, sectionId: ref.sectionId })),
    },
  })
}
