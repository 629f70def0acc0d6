import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@/access/roles'
import type { Kit } from '@/payload-types'

/** Like handouts: the creator owns the kit, and ownership never moves. */
export const assignKitOwner: CollectionBeforeChangeHook<Kit> = ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    if (req.user && !(hasRole(req.user, 'admin') && data.owner)) data.owner = req.user.id
    return data
  }
  if (originalDoc) data.owner = originalDoc.owner
  return data
}
