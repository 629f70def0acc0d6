import { type CollectionRefreshHook, Forbidden, getFieldsToSign, jwtSign } from 'payload'

import { ABSOLUTE_SESSION_SECONDS, idleTimeoutSeconds } from '@/lib/auth/sessionPolicy'
import type { User } from '@/payload-types'

/**
 * A REST token (`POST /api/users/refresh-token`) keeps the portal's session
 * limits (HIPAA §164.312(a)(2)(iii) automatic logoff): each token lives for
 * the idle limit (`auth.tokenExpiration`), so one not refreshed in time is
 * dead, and no refresh reaches past 12 hours from the login that started the
 * session (its Payload session row's `createdAt`).
 */
export const limitRefreshToSessionPolicy: CollectionRefreshHook<User> = async ({ args, user }) => {
  const { req } = args
  const sid = (req.user as { _sid?: string } | null)?._sid
  const session = user.sessions?.find(({ id }) => id === sid)
  const startedAt = session?.createdAt ? Date.parse(session.createdAt) : Number.NaN
  const nowSeconds = Math.floor(Date.now() / 1000)
  const absoluteRemaining = Math.floor(startedAt / 1000) + ABSOLUTE_SESSION_SECONDS - nowSeconds
  // Throwing here rolls back the session's extended expiry (Payload runs the refresh in one transaction).
  if (!sid || !Number.isFinite(absoluteRemaining) || absoluteRemaining <= 0) throw new Forbidden(req.t)
  const fieldsToSign = getFieldsToSign({ collectionConfig: args.collection.config, email: user.email, sid, user: req.user })
  const { exp, token } = await jwtSign({ fieldsToSign, secret: req.payload.secret, tokenExpiration: Math.min(idleTimeoutSeconds(), absoluteRemaining) })
  return { exp, refreshedToken: token, setCookie: true, user }
}
