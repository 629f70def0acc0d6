import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Content staff read drafts; everyone else (clinicians building handouts,
 * anonymous API callers) sees only published versions.
 */
export const publishedOrContentEditor: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor', 'reviewer')) return true
  return { _status: { equals: 'published' } }
}
