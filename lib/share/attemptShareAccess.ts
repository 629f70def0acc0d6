import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import type { ShareLink } from '@/payload-types'

import { accessAnswerMatches } from './accessCheck'
import { attemptsLeft, EMPTY_LOCKOUT_STATE, lockedUntil, LOCKOUTS_BEFORE_BLOCK, parseLockoutState, recordFailedAttempt } from './accessLockout'

export type ShareAccessAttempt = { status: 'granted' } | { status: 'wrong'; attemptsLeft: number } | { status: 'locked'; until: Date } | { status: 'blocked' }

type Outcome = { result: ShareAccessAttempt; audit: 'share.lock' | 'share.block' | null }

/**
 * Checks a patient's answer under a row lock on the link's guard row, so that
 * concurrent guesses on several app instances are counted one after another:
 * no burst of parallel requests gets more than the allowed wrong answers.
 * The lockout that makes LOCKOUTS_BEFORE_BLOCK closes the link for good, in
 * the same transaction (`blocked_at`, audited as `share.block`).
 */
export async function attemptShareAccess({
  payload,
  link,
  answer,
  now = new Date(),
}: {
  payload: Payload
  link: Pick<ShareLink, 'id' | 'tokenId' | 'accessAnswerHash'> & { tokenHash: string }
  /** Already normalised with `normaliseAccessAnswer`. */
  answer: string
  now?: Date
}): Promise<ShareAccessAttempt> {
  const outcome = await payload.db.drizzle.transaction(async (tx): Promise<Outcome> => {
    await tx.execute(sql`INSERT INTO share_access_guards (link_id, recent_failures) VALUES (${link.id}, '[]'::jsonb) ON CONFLICT (link_id) DO NOTHING`)
    const { rows } = await tx.execute(sql`
      SELECT guard.recent_failures, guard.locked_until, guard.lockouts, link.blocked_at
        FROM share_access_guards AS guard JOIN share_links AS link ON link.id = guard.link_id
       WHERE guard.link_id = ${link.id}
         FOR UPDATE OF guard`)
    const row = rows[0] as
      { recent_failures: unknown; locked_until: string | Date | null; lockouts: string | number; blocked_at: string | Date | null } | undefined
    // Read under the guard's row lock: a block set by a concurrent guess is seen here.
    if (row?.blocked_at) return { result: { status: 'blocked' }, audit: null }
    const state = parseLockoutState(row && { recentFailures: row.recent_failures, lockedUntil: row.locked_until })
    const locked = lockedUntil(state, now)
    if (locked) return { result: { status: 'locked', until: locked }, audit: null }

    const granted =
      !!link.accessAnswerHash && accessAnswerMatches({ secret: payload.secret, tokenHash: link.tokenHash, answer, storedHash: link.accessAnswerHash })
    // A right answer clears the count: the patient who mistyped twice starts afresh next time.
    const next = granted ? EMPTY_LOCKOUT_STATE : recordFailedAttempt(state, now)
    const until = lockedUntil(next, now)
    // A right answer also forgets earlier lockouts: whoever knows the answer is the patient, not a guesser.
    const lockouts = granted ? 0 : Number(row?.lockouts ?? 0) + (until ? 1 : 0)
    await tx.execute(
      sql`UPDATE share_access_guards SET recent_failures = ${JSON.stringify(next.recentFailures)}::jsonb, locked_until = ${next.lockedUntil}::timestamptz, lockouts = ${lockouts}, updated_at = now() WHERE link_id = ${link.id}`,
    )
    if (granted) return { result: { status: 'granted' }, audit: null }
    if (until && lockouts >= LOCKOUTS_BEFORE_BLOCK) {
      await tx.execute(sql`UPDATE share_links SET blocked_at = ${now.toISOString()}::timestamptz WHERE id = ${link.id}`)
      return { result: { status: 'blocked' }, audit: 'share.block' }
    }
    if (until) return { result: { status: 'locked', until }, audit: 'share.lock' }
    return { result: { status: 'wrong', attemptsLeft: attemptsLeft(next, now) }, audit: null }
  })
  if (outcome.audit) {
    await recordAuditEvent({
      payload,
      action: outcome.audit,
      actorId: null,
      target: { collection: 'share-links', id: link.id },
      detail: `link ${link.tokenId}`,
    })
  }
  return outcome.result
}
