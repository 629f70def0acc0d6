import type { Endpoint } from 'payload'

import { toPortalUser } from '@/lib/auth/portalUser'
import { unlockUser } from '@/lib/auth/unlockUser'
import type { User } from '@/payload-types'

import { corsJson, readTextFields } from './endpointParts'

/**
 * Replaces Payload's `POST /api/users/unlock`, which lets any signed-in user
 * unlock any account and answers 403 for an unknown email (an enumeration
 * oracle). Same path and body (`{ email }`), admins only, one answer.
 */
export const unlockEndpoint: Endpoint = {
  path: '/unlock',
  method: 'post',
  handler: async (req) => {
    const { email } = await readTextFields(req, 'email')
    const actor = req.user?.collection === 'users' ? toPortalUser(req.user as User) : null
    await unlockUser({ payload: req.payload, actor, email })
    return corsJson(req, { message: req.t('general:success') })
  },
}
