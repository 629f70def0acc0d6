import type { Access } from 'payload'

import { hasRole } from './roles'

/** Only people who see patients (and admins) may create patient handouts. */
export const isClinician: Access = ({ req: { user } }) => hasRole(user, 'admin', 'clinician')
