import crypto from 'node:crypto'

import { PgDialect } from '@payloadcms/db-postgres/drizzle/pg-core'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createDatabaseIfMissing } from '@/lib/db/embeddedPostgres'
import { migrations } from '@/migrations'

import { getTestPayload } from './testPayload'

/**
 * The localization migration, run on a copy of the seeded database as it was
 * before it: a new database gets every earlier migration, then the run's
 * seeded rows are copied in, each moved column filled from its English locale
 * row. Payload alone would drop every topic's text when its fields became
 * localized; the migration must move it.
 */
const LOCALIZATION_MIGRATION = '20261201_004559_localization'

type MigrationDb = { execute: (query: unknown) => Promise<{ rows: unknown[] }> }

let seeded: pg.Client
let copy: pg.Client
let adminUrl: URL
let database: string

function migrationDb(client: pg.Client): MigrationDb {
  const dialect = new PgDialect()
  return {
    execute: async (query) => {
      const { sql, params } = dialect.sqlToQuery(query as Parameters<PgDialect['sqlToQuery']>[0])
      const result = await client.query(sql, params)
      return { rows: result.rows }
    },
  }
}

function migrationNamed(name: string) {
  const migration = migrations.find((candidate) => candidate.name === name)
  if (!migration) throw new Error(`no migration ${name}`)
  return migration
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`

async function tablesOf(client: pg.Client): Promise<Set<string>> {
  const { rows } = await client.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  )
  return new Set(rows.map((row) => row.table_name))
}

async function writableColumnsOf(client: pg.Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
    [table],
  )
  return rows.map((row) => row.column_name)
}

/** Copies one table's seeded rows into the old shape: columns that moved to `<table>_locales` come back from its English rows. */
async function copyTable(table: string, seededTables: Set<string>): Promise<number> {
  const oldColumns = await writableColumnsOf(copy, table)
  const newColumns = new Set(await writableColumnsOf(seeded, table))
  const hasLocales = seededTables.has(`${table}_locales`)
  const select = oldColumns.map((column) => (newColumns.has(column) ? `t.${quote(column)}::text` : hasLocales ? `l.${quote(column)}::text` : `NULL::text`))
  const join = hasLocales ? `LEFT JOIN ${quote(`${table}_locales`)} l ON l._parent_id = t.id AND l._locale = 'en'` : ''
  // Flags and keywords gained a locale column: the old shape held only the English ones.
  const where = newColumns.has('locale') && !oldColumns.includes('locale') ? `WHERE t.locale = 'en'` : ''
  const { rows } = await seeded.query<Record<string, string | null>>(
    `SELECT ${select.map((s, i) => `${s} AS c${i}`).join(', ')} FROM ${quote(table)} t ${join} ${where}`,
  )
  let copied = 0
  for (const row of rows) {
    const values = oldColumns.map((_, index) => row[`c${index}`] ?? null)
    try {
      await copy.query(
        `INSERT INTO ${quote(table)} (${oldColumns.map(quote).join(', ')}) VALUES (${values.map((_, index) => `$${index + 1}`).join(', ')})`,
        values,
      )
      copied += 1
    } catch (error) {
      // Rows only the new schema can hold (a Spanish handout, a translation's audit event) did not exist before it.
      if ((error as { code?: string }).code !== '22P02') throw error
    }
  }
  return copied
}

/**
 * The English text as the app stores it after the migration: every locale table's English rows, keyed by table and
 * parent. With `columnsOf`, only the columns that database has: later migrations add localized fields of their own.
 */
async function englishText(client: pg.Client, columnsOf: pg.Client = client): Promise<Record<string, unknown[]>> {
  const text: Record<string, unknown[]> = {}
  for (const table of [...(await tablesOf(columnsOf))].filter((name) => name.endsWith('_locales')).sort()) {
    const columns = (await writableColumnsOf(columnsOf, table)).filter((column) => !['id', '_locale'].includes(column))
    const { rows } = await client.query(
      `SELECT ${columns.map((column) => `${quote(column)}::text`).join(', ')} FROM ${quote(table)} WHERE _locale = 'en' ORDER BY _parent_id::text`,
    )
    text[table] = rows
  }
  return text
}

describe('the localization migration on a copy of the seeded database', () => {
  let copiedTopics = 0

  beforeAll(async () => {
    await getTestPayload()
    const url = new URL(process.env.DATABASE_URL!)
    adminUrl = new URL(url)
    adminUrl.pathname = '/postgres'
    database = `careleaf_prelocalization_${crypto.randomBytes(4).toString('hex')}`
    await createDatabaseIfMissing(adminUrl.toString(), database)
    const target = new URL(url)
    target.pathname = `/${database}`
    copy = new pg.Client({ connectionString: target.toString() })
    seeded = new pg.Client({ connectionString: url.toString() })
    await Promise.all([copy.connect(), seeded.connect()])
    for (const migration of migrations) {
      if (migration.name === LOCALIZATION_MIGRATION) break
      await migration.up({ db: migrationDb(copy), payload: undefined, req: undefined } as never)
    }
    // Rows go in table by table, so foreign keys wait until the copy is whole.
    await copy.query(`SET session_replication_role = replica`)
    const seededTables = await tablesOf(seeded)
    for (const table of await tablesOf(copy)) {
      if (!seededTables.has(table) || table === 'payload_migrations') continue
      const copied = await copyTable(table, seededTables)
      if (table === 'topics') copiedTopics = copied
    }
    await copy.query(`SET session_replication_role = DEFAULT`)
    await migrationNamed(LOCALIZATION_MIGRATION).up({ db: migrationDb(copy), payload: undefined, req: undefined } as never)
  }, 180_000)

  afterAll(async () => {
    await Promise.all([copy?.end(), seeded?.end()])
    const admin = new pg.Client({ connectionString: adminUrl.toString() })
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
    await admin.end()
  })

  it('keeps every topic’s, version’s, category’s and image’s English text, section by section', async () => {
    expect(copiedTopics).toBeGreaterThan(0)
    const migrated = await englishText(copy)
    const expected = await englishText(seeded, copy)
    // The seed's own rows, read after the same columns were localized by the app, are what the migration must produce.
    // Later migrations add locale tables of their own (new section kinds): the ones this migration made are compared.
    expect(Object.keys(migrated)).toEqual(expect.arrayContaining(['topics_locales', '_topics_v_locales', 'topics_blocks_text_locales', 'media_locales']))
    for (const table of Object.keys(migrated)) {
      expect(Object.keys(expected), table).toContain(table)
      // Translation stamps are new: the migration leaves them at their defaults, as the seed does for English.
      expect(migrated[table], table).toEqual(expected[table])
    }
    // Every copied topic has its English row. (Not every one has a summary: a draft saved by an earlier test may lack
    // one, and the table comparison above already says each row's text is what the seed holds.)
    const { rows } = await copy.query<{ count: string }>(`SELECT count(*) FROM topics_locales WHERE _locale = 'en'`)
    expect(Number(rows[0]!.count)).toBe(copiedTopics)
  })

  it('keeps the English flags and keywords, now marked English', async () => {
    for (const table of ['topics_texts', 'topics_quality_flags', '_topics_v_version_quality_flags', '_topics_v_texts']) {
      const before = await seeded.query(`SELECT count(*) FROM ${table} WHERE locale = 'en'`)
      const after = await copy.query(`SELECT count(*) FROM ${table} WHERE locale = 'en'`)
      expect(after.rows[0], table).toEqual(before.rows[0])
    }
  })

  it('finds the migrated topic by an English word, through the per-language search vector', async () => {
    const { rows } = await copy.query<{ title: string }>(
      `SELECT title FROM topics_locales WHERE search_vector @@ websearch_to_tsquery('english', 'pillows knees') AND _locale = 'en'`,
    )
    expect(rows.map((row) => row.title)).toContain('Upper back pain during sleep')
  })

  it('puts the English text back in its columns when rolled back', async () => {
    const { rows: before } = await copy.query<{ id: number; title: string }>(
      `SELECT _parent_id AS id, title FROM topics_locales WHERE _locale = 'en' ORDER BY 1`,
    )
    await migrationNamed(LOCALIZATION_MIGRATION).down({ db: migrationDb(copy), payload: undefined, req: undefined } as never)
    const { rows: after } = await copy.query<{ id: number; title: string }>(`SELECT id, title FROM topics ORDER BY 1`)
    expect(after).toEqual(before)
    const { rows: headings } = await copy.query<{ count: string }>(`SELECT count(*) FROM topics_blocks_text WHERE heading IS NULL`)
    expect(Number(headings[0]!.count)).toBe(0)
  })
})
