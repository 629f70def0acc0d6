import type { AfterErrorHook, Payload } from 'payload'

import { isDatabaseUnavailableError } from './isDatabaseUnavailableError'

/** What the REST API says while PostgreSQL is unreachable: the same words whatever the cause, nothing from the driver. */
export const DATABASE_UNAVAILABLE_MESSAGE = 'Careleaf cannot reach its database just now. Try again in a minute.'

/** Payload's REST API answers 503 instead of 500 when the database is down or restarting: clients (and load balancers) may retry. */
export const answerDatabaseUnavailable: AfterErrorHook = ({ error }) => {
  if (!isDatabaseUnavailableError(error)) return
  return { status: 503, response: { errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE }] } }
}

/**
 * node-postgres emits 'error' on the pool when an idle connection dies (the
 * server restarted); without a listener, that event would end the process.
 * The pool drops the connection itself and opens a new one on the next
 * query, so there is nothing to do but say so (without the driver's text).
 */
export function tolerateIdleConnectionErrors(payload: Payload): void {
  payload.db.pool?.on('error', () => payload.logger.warn('An idle database connection closed; the next query opens a new one.'))
}
