import type { CollectionConfig } from 'payload'

import { canAccessAdmin } from '@/access/canAccessAdmin'
import { isAdmin } from '@/access/isAdmin'
import { isAdminField } from '@/access/isAdminField'
import { ROLES } from '@/access/roles'
import { selfOrAdmin } from '@/access/selfOrAdmin'
import { nextAuthStrategy } from '@/lib/auth/nextAuthStrategy'
import { idleTimeoutSeconds } from '@/lib/auth/sessionPolicy'

import { forgotPasswordEndpoint } from './endpoints/forgotPasswordEndpoint'
import { loginEndpoint } from './endpoints/loginEndpoint'
import { unlockEndpoint } from './endpoints/unlockEndpoint'
import { auditPasswordReset } from './hooks/auditPasswordReset'
import { endSessionsOnLogout } from './hooks/endSessionsOnLogout'
import { endSessionsOnSecurityChange } from './hooks/endSessionsOnSecurityChange'
import { enforcePasswordPolicy } from './hooks/enforcePasswordPolicy'
import { hideSessionList } from './hooks/hideSessionList'
import { limitRefreshToSessionPolicy } from './hooks/limitRefreshToSessionPolicy'
import { refuseDisabledUser } from './hooks/refuseDisabledUser'
import { requireCurrentPassword } from './hooks/requireCurrentPassword'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'User', plural: 'Users' },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'roles', 'accountStatus', 'disabled'],
  },
  auth: {
    // HIPAA §164.312(d) person authentication: lock an account after repeated failures.
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    // REST tokens (local-jwt) live for the idle limit; refreshing never passes the absolute one (limitRefreshToSessionPolicy).
    tokenExpiration: idleTimeoutSeconds(),
    cookies: { sameSite: 'Lax' },
    // One front door: the next-auth session from /sign-in also signs users into the admin and REST API.
    // Payload's own local-jwt strategy stays on (it runs first) for REST clients and tests.
    strategies: [nextAuthStrategy],
  },
  access: {
    admin: canAccessAdmin,
    read: selfOrAdmin,
    create: isAdmin,
    update: selfOrAdmin,
    delete: isAdmin,
    // Only admins clear a failed-sign-in lock; otherwise the lockout is void (anyone could reset it between guesses).
    unlock: isAdmin,
  },
  hooks: {
    beforeValidate: [requireCurrentPassword, enforcePasswordPolicy],
    beforeChange: [endSessionsOnSecurityChange, auditPasswordReset],
    afterRead: [hideSessionList],
    beforeLogin: [refuseDisabledUser],
    afterLogout: [endSessionsOnLogout],
    refresh: [limitRefreshToSessionPolicy],
  },
  // Payload's own auth endpoints, replaced where they fall short of /sign-in's rules (custom endpoints match first).
  endpoints: [forgotPasswordEndpoint, loginEndpoint, unlockEndpoint],
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['clinician'],
      options: ROLES.map((role) => ({ label: role[0]!.toUpperCase() + role.slice(1), value: role })),
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'disabled',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar', description: 'A disabled user cannot sign in, and any open session ends at its next request.' },
    },
    {
      // Issue 6: "Clinicians see only their own handouts unless an admin marks them as sharing within the clinic"
      // (a care team covering each other's patients). Read-only for colleagues: see access/ownOrSharedByColleagueNotDeleted.
      name: 'sharesHandoutsWithClinic',
      type: 'checkbox',
      label: "Colleagues can see this clinician's handouts",
      defaultValue: false,
      access: { create: isAdminField, update: isAdminField },
      admin: {
        position: 'sidebar',
        description: 'Every other clinician can open, download and duplicate this clinician’s handouts (never change, delete or share them). Admins only.',
        // Only clinicians make handouts for their own patients; offering it on other accounts would only confuse.
        condition: (data) => Array.isArray(data?.roles) && data.roles.includes('clinician'),
      },
    },
    {
      // Asked for, checked and dropped by requireCurrentPassword when someone sets their own password; virtual, so never
      // stored and never read back (no read rule here: the admin hides fields a user may not read).
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      label: 'Current password',
      // Checked by requireCurrentPassword, and only when a new password is set; the form must not stop other saves.
      validate: () => true as const,
      admin: {
        description: 'Needed to change your own password.',
        condition: (data, _siblingData, { user }) => Boolean(user && data?.id === user.id),
        components: { Field: '@/components/admin/CurrentPasswordField#CurrentPasswordField' },
      },
    },
    {
      // A list column only (no stored value): whether the account can sign in now, so an admin sees a lockout to clear.
      name: 'accountStatus',
      type: 'ui',
      label: 'Status',
      admin: { components: { Cell: '/components/admin/AccountStatusCell#AccountStatusCell' } },
    },
    {
      // Moved on by sign-out, disabling, a role or password change; sessions carrying an older value are refused.
      name: 'sessionVersion',
      type: 'number',
      defaultValue: 0,
      access: { create: () => false, update: () => false },
      admin: { hidden: true },
    },
  ],
}
