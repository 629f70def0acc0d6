import type { FieldAccess } from 'payload'

import type { ShareLink } from '@/payload-types'

/**
 * Field-level, for `revokedAt`: it may be set while empty, never cleared or
 * moved afterwards. A revoked patient link stays revoked (the `share.revoke`
 * audit row stays the truth); sharing again means a new link.
 */
export const revokeOnceField: FieldAccess<ShareLink> = ({ doc }) => !doc?.revokedAt
