import crypto from 'node:crypto'

import pg from 'pg'
import type { TestProject } from 'vitest/node'

import { createDatabaseIfMissing } from '../../lib/db/embeddedPostgres'
import { startThrowawayDatabase } from '../../lib/db/throwawayPortal'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
  }
}

/**
 * One throwaway PostgreSQL database per run: an embedded server in a temp
 * folder, or (with DATABASE_URL) a fresh database on that server, dropped
 * afterwards. Refuses non-local servers so a test run can never touch real data.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const configured = process.env.DATABASE_URL
  if (configured) {
    const url = new URL(configured)
    if (!['localhost', '127.0.0.1', '::1', 'postgres'].includes(url.hostname) && process.env.CARELEAF_ALLOW_REMOTE_TEST_DB !== 'true') {
      throw new Error(`Refusing to run integration tests against ${url.hostname}: use a local database (or set CARELEAF_ALLOW_REMOTE_TEST_DB=true).`)
    }
    const database = `careleaf_test_${crypto.randomBytes(4).toString('hex')}`
    const admin = new URL(configured)
    admin.pathname = '/postgres'
    await createDatabaseIfMissing(admin.toString(), database)
    const testUrl = new URL(configured)
    testUrl.pathname = `/${database}`
    project.provide('databaseUrl', testUrl.toString())
    return async () => {
      const client = new pg.Client({ connectionString: admin.toString() })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
      await client.end()
    }
  }

  const server = await startThrowawayDatabase('test')
  project.provide('databaseUrl', server.databaseUrl)
  return server.stop
}
