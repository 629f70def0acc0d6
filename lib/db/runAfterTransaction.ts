import type { PayloadRequest } from 'payload'

/**
 * Runs `task` once the request's database transaction has ended, committed
 * or rolled back; at once when the request has none (its writes are then
 * already committed). For work outside the database that must not happen
 * before the data agrees with it, such as deleting files a rolled-back save
 * still names. The task cannot tell a commit from a rollback: it reads the
 * committed rows and decides from them. The commit (and the request) waits
 * for it, and a failure of the task is logged, never thrown: the save stands.
 *
 * Payload's Postgres adapter keeps each open transaction in `db.sessions`,
 * ended by calling its `resolve` (commit) or `reject` (rollback); both return
 * once the transaction is over, so the task is chained onto them.
 */
export async function runAfterTransaction(
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>,
  task: () => Promise<void>,
  describeFailure: string,
): Promise<void> {
  let ran = false
  const runOnce = async (): Promise<void> => {
    if (ran) return
    ran = true
    await task().catch((error: unknown) => req.payload.logger.warn(`${describeFailure} (${error instanceof Error ? error.name : 'unknown error'})`))
  }
  const session = req.transactionID ? req.payload.db.sessions?.[String(await req.transactionID)] : undefined
  // No transaction, or one already ended: what the task reads is final.
  if (!session) return runOnce()
  const { resolve: commit, reject: rollback } = session
  session.resolve = () => commit().finally(runOnce)
  session.reject = () => rollback().finally(runOnce)
}
