import type { Endpoint } from 'payload'

import { requestPasswordReset } from '@/lib/auth/requestPasswordReset'

import { corsJson, readTextFields } from './endpointParts'

/**
 * Replaces Payload's `POST /api/users/forgot-password`, whose time told
 * whether an email has an account. Same body (`{ email }`) and answer.
 */
export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    const { email } = await readTextFields(req, 'email')
    await requestPasswordReset({ payload: req.payload, email })
    return corsJson(req, { message: req.t('general:success') })
  },
}
