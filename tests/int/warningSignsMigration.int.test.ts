import crypto from 'node:crypto'

import { PgDialect } from '@payloadcms/db-postgres/drizzle/pg-core'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createDatabaseIfMissing } from '@/lib/db/embeddedPostgres'
import { migrations } from '@/migrations'

/**
 * The warning-signs migration, run on a database made before it: every
 * earlier committed migration, then topics written in the old single-list
 * shape (a published row and a stored version), then the migration itself.
 */
const TIERS_MIGRATION = '20261130_223517_actionable_content'

type MigrationDb = { execute: (query: unknown) => Promise<{ rows: unknown[] }> }

let client: pg.Client
let adminUrl: URL
let database: string

/** The one thing the migrations ask of drizzle: run a `sql` template. */
function migrationDb(): MigrationDb {
  const dialect = new PgDialect()
  return {
    execute: async (query) => {
      const { sql, params } = dialect.sqlToQuery(query as Parameters<PgDialect['sqlToQuery']>[0])
      const result = await client.query(sql, params)
      return { rows: result.rows }
    },
  }
}

async function runMigration(name: string) {
  const migration = migrations.find((candidate) => candidate.name === name)
  if (!migration) throw new Error(`no migration ${name}`)
  await migration.up({ db: migrationDb(), payload: undefined, req: undefined } as never)
}

async function insertTopic(title: string, intro: string, signs: string[]): Promise<{ topicId: number; versionId: number }> {
  const topic = await client.query<{ id: number }>(
    `INSERT INTO topics (title, slug, summary, _status, updated_at, created_at) VALUES ($1, $2, 's', 'published', now(), now()) RETURNING id`,
    [title, `${title.toLowerCase().replace(/\W+/g, '-')}-${crypto.randomBytes(3).toString('hex')}`],
  )
  const topicId = topic.rows[0]!.id
  const blockId = crypto.randomUUID()
  await client.query(
    `INSERT INTO topics_blocks_warning_signs (_order, _parent_id, _path, id, heading, intro) VALUES (1, $1, 'sections', $2, 'When to get help now', $3)`,
    [topicId, blockId, intro],
  )
  for (const [index, text] of signs.entries()) {
    await client.query(`INSERT INTO topics_blocks_warning_signs_signs (_order, _parent_id, id, text) VALUES ($1, $2, $3, $4)`, [
      index + 1,
      blockId,
      crypto.randomUUID(),
      text,
    ])
  }
  const version = await client.query<{ id: number }>(
    `INSERT INTO _topics_v (parent_id, version_title, version_summary, version__status, version_updated_at, version_created_at, created_at, updated_at, latest)
     VALUES ($1, $2, 's', 'published', now(), now(), now(), now(), true) RETURNING id`,
    [topicId, title],
  )
  const versionId = version.rows[0]!.id
  const versionBlock = await client.query<{ id: number }>(
    `INSERT INTO _topics_v_blocks_warning_signs (_order, _parent_id, _path, heading, intro, _uuid) VALUES (1, $1, 'version.sections', 'When to get help now', $2, $3) RETURNING id`,
    [versionId, intro, blockId],
  )
  for (const [index, text] of signs.entries()) {
    await client.query(`INSERT INTO _topics_v_blocks_warning_signs_signs (_order, _parent_id, text, _uuid) VALUES ($1, $2, $3, $4)`, [
      index + 1,
      versionBlock.rows[0]!.id,
      text,
      crypto.randomUUID(),
    ])
  }
  return { topicId, versionId }
}

async function signsOf(table: 'topics' | '_topics_v', parentId: number) {
  const blocks = table === 'topics' ? 'topics_blocks_warning_signs' : '_topics_v_blocks_warning_signs'
  const { rows } = await client.query<{ text: string; tier: string | null }>(
    `SELECT s.text, s.tier::text AS tier FROM ${blocks}_signs s JOIN ${blocks} b ON b.id = s._parent_id WHERE b._parent_id = $1 ORDER BY s._order`,
    [parentId],
  )
  return rows
}

describe('the warning-signs migration on a database made before it', () => {
  let seededLike: { topicId: number; versionId: number }
  let emergenciesOnly: { topicId: number; versionId: number }
  let callUs: { topicId: number; versionId: number }

  beforeAll(async () => {
    const url = new URL(process.env.DATABASE_URL!)
    adminUrl = new URL(url)
    adminUrl.pathname = '/postgres'
    database = `careleaf_premigration_${crypto.randomBytes(4).toString('hex')}`
    await createDatabaseIfMissing(adminUrl.toString(), database)
    const target = new URL(url)
    target.pathname = `/${database}`
    client = new pg.Client({ connectionString: target.toString() })
    await client.connect()
    for (const migration of migrations) {
      if (migration.name === TIERS_MIGRATION) break
      await runMigration(migration.name)
    }
    seededLike = await insertTopic('Upper back pain', 'Call 911 or go to the emergency room if you have upper back pain and:', [
      'Chest pain, or pain that spreads to your arm, jaw or belly',
      'A fever, or you feel hot and shivery',
      'You are losing weight and do not know why',
    ])
    emergenciesOnly = await insertTopic('Chest pain', 'Call 911 if you have:', ['Chest pain', 'Shortness of breath'])
    callUs = await insertTopic('Sore knee', 'Call your doctor if you have:', ['A fever', 'Swelling that gets worse'])
    await runMigration(TIERS_MIGRATION)
  }, 120_000)

  afterAll(async () => {
    await client?.end()
    const admin = new pg.Client({ connectionString: adminUrl.toString() })
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
    await admin.end()
  })

  it('leaves a list whose 911 intro covers non-emergencies untiered for a reviewer, published row and version alike, losing no sign', async () => {
    for (const [table, id] of [
      ['topics', seededLike.topicId],
      ['_topics_v', seededLike.versionId],
    ] as const) {
      expect(await signsOf(table, id), table).toEqual([
        { text: 'Chest pain, or pain that spreads to your arm, jaw or belly', tier: null },
        { text: 'A fever, or you feel hot and shivery', tier: null },
        { text: 'You are losing weight and do not know why', tier: null },
      ])
    }
  })

  it('tiers an unambiguous list: 911 with only emergencies, "call your doctor" with none', async () => {
    expect((await signsOf('topics', emergenciesOnly.topicId)).map((sign) => sign.tier)).toEqual(['emergency', 'emergency'])
    expect((await signsOf('_topics_v', emergenciesOnly.versionId)).map((sign) => sign.tier)).toEqual(['emergency', 'emergency'])
    expect((await signsOf('topics', callUs.topicId)).map((sign) => sign.tier)).toEqual(['today', 'today'])
    expect((await signsOf('_topics_v', callUs.versionId)).map((sign) => sign.tier)).toEqual(['today', 'today'])
  })

  it('gives every warning-signs block the default watch period', async () => {
    const { rows } = await client.query<{ watch_days: string }>(`SELECT watch_days FROM topics_blocks_warning_signs`)
    expect(rows.map((row) => Number(row.watch_days))).toEqual([3, 3, 3])
  })
})
