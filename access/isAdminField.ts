import type { FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Field-level variant: only admins may set it (stops users raising their own role). */
export const isAdminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
