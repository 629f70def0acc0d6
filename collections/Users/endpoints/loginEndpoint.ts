import { addDataAndFileToRequest, type Endpoint, headersWithCors } from 'payload'
import { generatePayloadCookie } from 'payload/shared'

import { logInWithPassword } from '@/lib/auth/verifyCredentials'

import { withoutSessionList } from '../hooks/hideSessionList'

/**
 * Replaces Payload's `POST /api/users/login` so REST clients meet /sign-in's
 * rules: the same padded time for an unknown email, a wrong password and a
 * locked or disabled account, one message for all of them, the same lockout
 * counter, and an audit row (`provider=rest`). Same body and answer shape as
 * Payload's (`{ message, user, token, exp }` and the `payload-token` cookie).
 */
export const loginEndpoint: Endpoint = {
  path: '/login',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const email = typeof req.data?.email === 'string' ? req.data.email : ''
    const password = typeof req.data?.password === 'string' ? req.data.password : ''
    const login = await logInWithPassword(req.payload, email, password, 'rest')
    if (!login) {
      return Response.json(
        { errors: [{ message: req.t('error:emailOrPasswordIncorrect') }] },
        { status: 401, headers: headersWithCors({ headers: new Headers(), req }) },
      )
    }
    const usersConfig = req.payload.collections.users.config
    const cookie = generatePayloadCookie({ collectionAuthConfig: usersConfig.auth, cookiePrefix: req.payload.config.cookiePrefix, token: login.token })
    const { user, token, exp } = login
    return Response.json(
      { message: req.t('authentication:passed'), user: { ...withoutSessionList(user), collection: 'users' }, token, exp },
      { headers: headersWithCors({ headers: new Headers({ 'Set-Cookie': cookie }), req }) },
    )
  },
}
