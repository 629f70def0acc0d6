import type { Payload } from 'payload'

/**
 * A reset request takes at least this long, so the database work done only
 * for a real account (a reset token written, an email handed over) cannot
 * tell an attacker which emails have accounts.
 */
const RESET_REQUEST_FLOOR_MS = 1000

/**
 * Payload's forgot-password for `users`, with one outcome for every email:
 * same time, no error, nothing about the address or the token in any log
 * (the email adapter, `lib/email/noEmailAdapter.ts`, logs no recipient).
 */
export async function requestPasswordReset({ payload, email }: { payload: Payload; email: string }): Promise<void> {
  const started = Date.now()
  const normalisedEmail = email.trim().toLowerCase()
  if (normalisedEmail && normalisedEmail.length <= 320) {
    try {
      await payload.forgotPassword({ collection: 'users', data: { email: normalisedEmail } })
    } catch (error) {
      // Only the error's name: Payload's messages can carry the address.
      payload.logger.error({ msg: 'password reset request failed', err: error instanceof Error ? error.name : 'unknown' })
    }
  }
  const wait = RESET_REQUEST_FLOOR_MS - (Date.now() - started)
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
}
