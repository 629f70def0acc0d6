import type { Payload } from 'payload'

import { relationId } from '@/lib/payload/relationId'
import type { Handout } from '@/payload-types'

export interface HandoutOwner {
  id: number
  name: string
  sharesHandoutsWithClinic: boolean
}

/**
 * Who prepared a handout the caller has already been allowed to read, for
 * "Prepared by … — shared with the clinic". Read with access overridden (a
 * clinician may not read colleagues' accounts) and limited to the name and
 * the sharing flag.
 */
export async function findHandoutOwner({ payload, handout }: { payload: Payload; handout: Pick<Handout, 'clinician'> }): Promise<HandoutOwner | null> {
  const id = relationId(handout.clinician)
  const owner = await payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { name: true, sharesHandoutsWithClinic: true },
  })
  return owner ? { id, name: owner.name, sharesHandoutsWithClinic: owner.sharesHandoutsWithClinic === true } : null
}
