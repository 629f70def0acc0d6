import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import type { ShareLink } from '@/payload-types'

import { accessAnswerMatches } from './accessCheck'
import { attemptsLeft, EMPTY_LOCKOUT_STATE, lockedUntil, parseLockoutState, recordFailedAttempt } from './accessLockout'

export type ShareAccessAttempt = { status: 'granted' } | { status: 'wrong'; attemptsLeft: number } | { status: 'locked'; until: Date }

/**
 * Checks a patient's answer under a row lock on the link's guard row, so that
 * concurrent guesses on several app instances are counted one after another:
 * no burst of parallel requests gets more than the allowed wrong answers.
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
  const outcome = await payload.db.drizzle.transaction(async (tx) => {
    await tx.execute(sql`INSERT INTO share_access_guards (link_id, recent_failures) VALUES (${link.id}, '[]'::jsonb) ON CONFLICT (link_id) DO NOTHING`)
    const { rows } = await tx.execute(sql`SELECT recent_failures, locked_until FROM share_access_guards WHERE link_id = ${link.id} FOR UPDATE`)
    const row = rows[0] as { recent_failures: unknown; locked_until: string | Date | null } | undefined
    const state = parseLockoutState(row && { recentFailures: row.recent_failures, lockedUntil: row.locked_until })
    const locked = lockedUntil(state, now)
    if (locked) return { result: { status: 'locked', until: locked } as const, newlyLocked: false }

    const granted = !!link.accessAnswerHash && accessAnswerMatches({ secret: payload.secret, tokenHash: link.tokenHash, answer, storedHash: link.accessAnswerHash })
    // A right answer clears the count: the patient who mistyped twice starts afresh next time.
    const next = granted ? EMPTY_LOCKOUT_STATE : recordFailedAttempt(state, now)
    await tx.execute(sql`UPDATE share_access_guards SET recent_failures = ${JSON.stringify(next.recentFailures)}::jsonb, locked_until = ${next.lockedUntil}::timestamptz, updated_at = now() WHERE link_id = ${link.id}`)
    if (granted) return { result: { status: 'granted' } as const, newlyLocked: false }
    const until = lockedUntil(next, now)
    if (until) return { result: { status: 'locked', until } as const, newlyLocked: true }
    return { result: { status: 'wrong', attemptsLeft: attemptsLeft(next, now) } as const, newlyLocked: false }
  })
  if (outcome.newlyLocked) {
    await recordAuditEvent({ payload, action: 'share.lock', actorId: null, target: { collection: 'share-links', id: link.id }, detail: `link ${link.tokenId}` })
  }
  return outcome.result
}
