import type { Access } from 'payload'

import { hasRole } from './roles'

/** Editors write topics; reviewers may correct them while signing off; admins can do anything. */
export const isContentEditor: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'reviewer')
