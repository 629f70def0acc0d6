import fs from 'node:fs'

import pg from 'pg'
import { describe, expect, it } from 'vitest'

import { nextStartCommand, startThrowawayDatabase, throwawayPortalEnv } from './throwawayPortal'

describe('startThrowawayDatabase', () => {
  it('serves a real PostgreSQL on 127.0.0.1, then stops it and removes its folder, once however often it is told', async () => {
    const database = await startThrowawayDatabase('unit_probe')
    const url = new URL(database.databaseUrl)
    expect(url.hostname).toBe('127.0.0.1')
    const client = new pg.Client({ connectionString: database.databaseUrl })
    await client.connect()
    const { rows } = await client.query<{ dir: string }>("SELECT current_setting('data_directory') AS dir")
    await client.end()
    expect(fs.existsSync(rows[0]!.dir)).toBe(true)
    await Promise.all([database.stop(), database.stop()])
    expect(fs.existsSync(rows[0]!.dir)).toBe(false)
  }, 30_000)

  it('refuses a label that is not a plain identifier', async () => {
    await expect(startThrowawayDatabase('x; DROP')).rejects.toThrow(/Invalid database label/)
  })
})

describe('throwawayPortalEnv', () => {
  it('gives every run its own secrets', () => {
    const first = throwawayPortalEnv({ baseUrl: 'http://127.0.0.1:1', databaseUrl: 'postgres://x' })
    const second = throwawayPortalEnv({ baseUrl: 'http://127.0.0.1:1', databaseUrl: 'postgres://x' })
    expect(first.PAYLOAD_SECRET).not.toBe(second.PAYLOAD_SECRET)
    expect(first.NEXTAUTH_SECRET).not.toBe(second.NEXTAUTH_SECRET)
    expect(first.PAYLOAD_SECRET!.length).toBeGreaterThanOrEqual(43)
  })
})

describe('nextStartCommand', () => {
  it('serves the build through our own server on 127.0.0.1, and profiles through node itself when asked', () => {
    expect(nextStartCommand({ rootDir: '/app', port: 3100 })).toEqual([
      process.execPath,
      ['/app/scripts/next-server.mjs', '--port', '3100', '--hostname', '127.0.0.1'],
    ])
    const [command, args] = nextStartCommand({ rootDir: '/app', port: 3100, cpuProfileDir: '/tmp/prof' })
    expect(command).toBe(process.execPath)
    expect(args.slice(0, 2)).toEqual(['--cpu-prof', '--cpu-prof-dir=/tmp/prof'])
  })
})
