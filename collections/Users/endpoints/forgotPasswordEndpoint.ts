import { addDataAndFileToRequest, type Endpoint, headersWithCors } from 'payload'

import { requestPasswordReset } from '@/lib/auth/requestPasswordReset'

/**
 * Replaces Payload's `POST /api/users/forgot-password`, whose time told
 * whether an email has an account. Same body (`{ email }`) and answer.
 */
export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const email = typeof req.data?.email === 'string' ? req.data.email : ''
    await requestPasswordReset({ payload: req.payload, email })
    return Response.json({ message: req.t('general:success') }, { headers: headersWithCors({ headers: new Headers(), req }) })
  },
}
