import type { FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Clinical sign-off fields (who reviewed, when it is due, accepted flags): reviewers and admins only. */
export const isReviewerField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'reviewer')
