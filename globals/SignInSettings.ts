import type { GlobalConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { recordGlobalChange } from '@/lib/audit/recordGlobalChange'
import { SSO_DEFAULT_ROLES } from '@/lib/auth/ssoDefaultRoles'

/**
 * How hospital single sign-on treats people who have no Careleaf account yet.
 * Admins only: it decides who may get in. Read by the server through
 * `resolveSsoUser` (lib/auth), never by the browser.
 */
export const SignInSettings: GlobalConfig = {
  slug: 'sign-in-settings',
  label: 'Sign-in settings',
  admin: { description: 'Single sign-on (OpenID Connect) is configured with CARELEAF_OIDC_* environment variables; these settings apply when it is on.' },
  access: { read: isAdmin, update: isAdmin },
  hooks: { afterChange: [recordGlobalChange('settings.update')] },
  fields: [
    {
      name: 'ssoJustInTimeProvisioning',
      label: 'Create accounts for new single sign-on users',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        description:
          'Off: only people who already have a Careleaf account (matched by their verified email) can sign in with single sign-on. On: anyone your identity provider vouches for gets an account with the default role below.',
      },
    },
    {
      name: 'ssoDefaultRole',
      label: 'Default role for new single sign-on users',
      type: 'select',
      required: true,
      defaultValue: 'clinician',
      // Never admin: see lib/auth/ssoDefaultRoles.ts.
      options: SSO_DEFAULT_ROLES.map((role) => ({ label: role[0]!.toUpperCase() + role.slice(1), value: role })),
    },
  ],
}
