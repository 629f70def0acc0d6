import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import type { TestProject } from 'vitest/node'

import { createDatabaseIfMissing } from '../../lib/db/embeddedPostgres'
import { startThrowawayDatabase } from '../../lib/db/throwawayPortal'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    mediaDir: string
  }
}

/**
 * One throwaway PostgreSQL database per run: an embedded server in a temp
 * folder, or (with DATABASE_URL) a fresh database on that server, dropped
 * afterwards. Refuses non-local servers so a test run can never touch real data.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // One media folder per run, like the database: files uploaded by one test file (the seeded
  // clinic logo) must still be there for the next, which reads the same database rows.
  const mediaDir = process.env.CARELEAF_MEDIA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'careleaf-int-media-'))
  project.provide('mediaDir', mediaDir)
  const removeMedia = () => {
    if (!process.env.CARELEAF_MEDIA_DIR) fs.rmSync(mediaDir, { recursive: true, force: true })
  }
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
      removeMedia()
    }
  }

  const server = await startThrowawayDatabase('test')
  project.provide('databaseUrl', server.databaseUrl)
  return async () => {
    await server.stop()
    removeMedia()
  }
}
