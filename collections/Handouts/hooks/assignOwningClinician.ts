import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@/access/roles'
import type { Handout } from '@/payload-types'

/**
 * The owner of a handout is whoever creates it, whatever the request body
 * says, and never changes afterwards: ownership is what guards the PHI.
 */
export const assignOwningClinician: CollectionBeforeChangeHook<Handout> = ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    if (req.user && !(hasRole(req.user, 'admin') && data.clinician)) data.clinician = req.user.id
    return data
  }
  if (originalDoc) data.clinician = originalDoc.clinician
  return data
}
