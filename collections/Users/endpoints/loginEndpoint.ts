import type { Endpoint } from 'payload'
import { generatePayloadCookie } from 'payload/shared'

import { logInWithPassword } from '@/lib/auth/verifyCredentials'

import { corsJson, readTextFields } from './endpointParts'
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
    const { email, password } = await readTextFields(req, 'email', 'password')
    const login = await logInWithPassword(req.payload, email, password, 'rest')
    if (!login) {
      return corsJson(req, { errors: [{ message: req.t('error:emailOrPasswordIncorrect') }] }, { status: 401 })
    }
    const usersConfig = req.payload.collections.users.config
    const cookie = generatePayloadCookie({ collectionAuthConfig: usersConfig.auth, cookiePrefix: req.payload.config.cookiePrefix, token: login.token })
    const { user, token, exp } = login
    return corsJson(
      req,
      { message: req.t('authentication:passed'), user: { ...withoutSessionList(user), collection: 'users' }, token, exp },
      { headers: { 'Set-Cookie': cookie } },
    )
  },
}
