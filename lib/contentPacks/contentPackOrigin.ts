import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

/** Lets server code write the clinic's pack origin id (see access/setByServerCode). */
export const CONTENT_PACK_CONTEXT = 'careleafContentPack'

/**
 * This Careleaf as a pack's origin: the clinic's name, and an id made on the
 * first export and kept, so another clinic re-importing a newer pack finds
 * the topics of the earlier one even after this clinic is renamed.
 */
export async function contentPackOrigin(payload: Payload): Promise<{ clinicName: string; originId: string }> {
  const clinic = await payload.findGlobal({ slug: 'clinic', depth: 0, overrideAccess: true })
  if (clinic.contentPackOriginId) return { clinicName: clinic.name, originId: clinic.contentPackOriginId }
  const originId = randomUUID()
  await payload.updateGlobal({
    slug: 'clinic',
    overrideAccess: true,
    depth: 0,
    context: { [CONTENT_PACK_CONTEXT]: true },
    data: { contentPackOriginId: originId },
  })
  return { clinicName: clinic.name, originId }
}
