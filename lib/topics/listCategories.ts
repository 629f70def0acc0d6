import type { Payload } from 'payload'

import type { PortalUser } from '@/lib/auth/portalUser'
import type { Category } from '@/payload-types'

export type CategoryChoice = Pick<Category, 'id' | 'name'>

/** The categories the library can be filtered by, by name. */
export async function listCategories({ payload, user }: { payload: Payload; user: PortalUser }): Promise<CategoryChoice[]> {
  const { docs } = await payload.find({
    collection: 'categories',
    user,
    overrideAccess: false,
    sort: 'name',
    limit: 200,
    depth: 0,
    select: { name: true },
  })
  return docs
}
