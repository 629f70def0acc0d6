import crypto from 'node:crypto'

import { LockedAuth, type Payload } from 'payload'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import type { User } from '@/payload-types'

export interface VerifiedUser {
  id: number
  name: string
  email: string
  roles: User['roles']
  sessionVersion: number
}

/** The account as a sign-in (password or single sign-on) hands it to next-auth: identity, roles, session version. */
export function toVerifiedUser(user: User): VerifiedUser {
  return { id: user.id, name: user.name, email: user.email, roles: user.roles, sessionVersion: user.sessionVersion ?? 0 }
}

/** Same work as Payload's current PBKDF2 check (600,000 × SHA-256), for emails that match no account. */
const DUMMY_SALT = crypto.randomBytes(32).toString('hex')
function hashLikePayload(password: string): Promise<void> {
  return new Promise((resolve) => crypto.pbkdf2(password, DUMMY_SALT, 600_000, 32, 'sha256', () => resolve()))
}

/**
 * Failures end no sooner than this after they started, so the database work
 * that differs between an unknown email, a wrong password and a locked account
 * (a lookup, a failed-attempt counter update) cannot be told apart by timing.
 */
const FAILURE_FLOOR_MS = 1000

/** Where a password was typed: /sign-in (next-auth) or Payload's REST `POST /api/users/login`. */
export type PasswordProvider = 'credentials' | 'rest'

/** A successful password check: the account and the Payload REST token (local-jwt) it was given. */
export interface PasswordLogin {
  user: User
  token: string
  exp: number
}

/**
 * Checks an email and password against the Payload `users` collection, which
 * stores only a salted PBKDF2 hash and locks an account for 15 minutes after 5
 * failures (`maxLoginAttempts`/`lockTime`, kept in PostgreSQL). Returns null
 * for every kind of failure, with the same timing, so neither the caller nor
 * an attacker can tell whether the email exists, is locked or is disabled.
 * Both doors (/sign-in and REST) go through here: one lockout counter, one
 * timing, one audit trail (`provider=` says which door).
 */
export async function logInWithPassword(payload: Payload, email: string, password: string, provider: PasswordProvider): Promise<PasswordLogin | null> {
  const started = Date.now()
  const fail = async (): Promise<null> => {
    // The reason (unknown email, wrong password, locked, disabled) stays out of logs and responses.
    // A failure to record it must not turn a refusal into an error page either.
    await recordAuditEvent({ payload, action: 'auth.fail', actorId: null, detail: `provider=${provider}` }).catch(() => undefined)
    const wait = FAILURE_FLOOR_MS - (Date.now() - started)
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
    return null
  }

  try {
    return (await checkPassword(payload, email, password, provider)) ?? (await fail())
  } catch {
    // A database error (e.g. input PostgreSQL refuses) is a failed sign-in like any other: same
    // answer, same delay, audited. Thrown, next-auth would put its text (the SQL and its
    // parameters) in the error URL it sends back to the browser.
    return fail()
  }
}

/** The /sign-in check: `logInWithPassword` with the account as next-auth wants it. */
export async function verifyCredentials(payload: Payload, email: string, password: string): Promise<VerifiedUser | null> {
  const login = await logInWithPassword(payload, email, password, 'credentials')
  return login ? toVerifiedUser(login.user) : null
}

/** The account for this email and password with its REST token, or null; throws only on database errors. */
async function checkPassword(payload: Payload, email: string, password: string, provider: PasswordProvider): Promise<PasswordLogin | null> {
  const normalisedEmail = email.trim().toLowerCase()
  if (!normalisedEmail || !password || normalisedEmail.length > 320 || password.length > 1024) {
    await hashLikePayload(password.slice(0, 1024))
    return null
  }
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: normalisedEmail } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: false,
  })
  const account = docs[0]
  if (!account) {
    // Payload's login returns before hashing for an unknown email; hash anyway.
    await hashLikePayload(password)
    return null
  }
  try {
    const result = await payload.login({ collection: 'users', data: { email: normalisedEmail, password } })
    const user = result.user
    if (!user || user.disabled || !result.token || !result.exp) return null
    await recordAuditEvent({ payload, action: 'auth.signin', actorId: user.id, target: { collection: 'users', id: user.id }, detail: `provider=${provider}` })
    return { user, token: result.token, exp: result.exp }
  } catch (error) {
    // Payload refuses a locked account before hashing: hash anyway, so "locked" is not a timing signal either.
    if (error instanceof LockedAuth) await hashLikePayload(password)
    return null
  }
}
