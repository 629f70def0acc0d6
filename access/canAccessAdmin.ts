import type { PayloadRequest } from 'payload'

import { hasRole } from './roles'

/** The CMS is for content staff and admins; clinicians work in the portal. */
export function canAccessAdmin({ req: { user } }: { req: PayloadRequest }): boolean {
  return hasRole(user, 'admin', 'editor', 'reviewer')
}
