import type { Payload } from 'payload'

import { pdfRenderPoolReady } from '../pdf/pdfRenderPool'

/** A database that takes longer than this to answer `SELECT 1` is not ready to serve pages. */
const DATABASE_TIMEOUT_MS = 2_000

export type ReadinessCheck = 'database' | 'pdf'

export interface Readiness {
  ready: boolean
  /** Which checks failed, for the server log only: the endpoint says nothing but ready or not. */
  failing: ReadinessCheck[]
}

interface CheckReadinessOptions {
  /** Loads Payload (which connects to the database on first use); a failure counts as the database's. */
  loadPayload: () => Promise<Payload>
  isPdfPoolReady?: () => boolean
  databaseTimeoutMs?: number
}

/** Can this process serve requests: PostgreSQL answers, and the PDF worker pool takes jobs. */
export async function checkReadiness({
  loadPayload,
  isPdfPoolReady = pdfRenderPoolReady,
  databaseTimeoutMs = DATABASE_TIMEOUT_MS,
}: CheckReadinessOptions): Promise<Readiness> {
  const failing: ReadinessCheck[] = []
  if (!(await databaseAnswers(loadPayload, databaseTimeoutMs))) failing.push('database')
  if (!isPdfPoolReady()) failing.push('pdf')
  return { ready: failing.length === 0, failing }
}

async function databaseAnswers(loadPayload: () => Promise<Payload>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs)
  })
  const answered = (async () => {
    const payload = await loadPayload()
    await payload.db.pool.query('SELECT 1')
    return true
  })().catch(() => false)
  try {
    return await Promise.race([answered, timedOut])
  } finally {
    clearTimeout(timer)
  }
}
