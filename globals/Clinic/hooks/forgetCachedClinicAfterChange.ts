import type { GlobalAfterChangeHook } from 'payload'

import { forgetCachedClinic } from '@/lib/clinic/cachedClinic'

/** An admin's edit (a new phone number, say) shows on patient pages served by this process at once. */
export const forgetCachedClinicAfterChange: GlobalAfterChangeHook = ({ doc }) => {
  forgetCachedClinic()
  return doc
}
