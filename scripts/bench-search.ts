/**
 * `npm run bench:search`: the clinicians' library at 10,000 published topics.
 * A benchmark, not a test: each figure is printed beside its target
 * (PASS/MISS) and the load average when it was taken; it fails only on
 * outright errors, and stops by itself (bounded rounds, and a hard time limit).
 *
 *  1. A throwaway embedded PostgreSQL, migrated and seeded as the app does,
 *     plus BENCH_TOPICS (10,000) generated published topics with sections,
 *     codes, categories and keywords (scripts/bench/search/generateTopics.ts).
 *  2. Search, in process: searchTopics as the demo clinician (ranking,
 *     counting and one page of 25, read through the Local API) for word
 *     queries and for code queries; p50/p95. Target p95 ≤ 50 ms.
 *  3. Pages, against the production build (`next start`, 127.0.0.1 only),
 *     signed in as the demo clinician: /library browsed by page and category,
 *     /library?q= for the same word and code queries, and the builder with
 *     10 topics picked. Target: library page p95 ≤ 150 ms.
 *  4. Experiment, with BENCH_INDEX_EXPERIMENT=1 only: the code queries again
 *     after a manual CREATE INDEX on topics_codes.code in this throwaway
 *     database, to size the index a schema change would add. Not part of the app.
 *
 * Knobs: BENCH_TOPICS (10000), BENCH_ROUNDS (20 rounds over each query list),
 * BENCH_INDEX_EXPERIMENT=1. Needs `npm run build` first.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { descendantCpuMs } from './bench/procfs'
import { FigureReport, load1, loadAverages } from './bench/report'
import { findFreePort } from '../lib/db/embeddedPostgres'
import { nextStartCommand, startThrowawayDatabase, throwawayPortalEnv } from '../lib/db/throwawayPortal'
import { generateTopics } from './bench/search/generateTopics'
import { getPage, type Timing, timeQueries } from './bench/search/measure'
import { signInClinician } from './bench/signInClinician'
import { fmt } from './bench/stats'

const TOPICS = positiveInt(process.env.BENCH_TOPICS, 10_000)
const ROUNDS = positiveInt(process.env.BENCH_ROUNDS, 20)
const INDEX_EXPERIMENT = process.env.BENCH_INDEX_EXPERIMENT === '1'
/** However slow the machine, the benchmark ends: every process it started is stopped after this. */
const HARD_LIMIT_MS = 30 * 60_000
const TARGETS = { searchP95Ms: 50, pageP95Ms: 150 }

/** Words a clinician types: from one common word (thousands of matches) to three rarer ones (a few), and one that matches nothing. */
const WORD_QUERIES = [
  'pain',
  'back pain',
  'knee swelling after surgery',
  'sleep',
  'shoulder stiffness at night',
  'ankle sprain',
  'rash in children',
  'headache',
]
/** Codes as typed: a category (hundreds of topics with its children), a full code (a few), lower case, without the dot, with a trailing dot. */
const CODE_QUERIES = ['M54', 'm54.5', 'S83', 'g439', 'M25.', 'R51', 'L20.8', 's93']

function positiveInt(value: string | undefined, fallback: number): number {
  const parsed = Number.parseInt(value ?? '', 10)
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback
}

const rootDir = process.cwd()
if (!fs.existsSync(path.join(rootDir, '.next', 'BUILD_ID'))) {
  console.error('No production build found: run `npm run build` first.')
  process.exit(1)
}

console.log(
  `Careleaf library search benchmark · ${new Date().toISOString()} · node ${process.version} · ${os.availableParallelism()} CPUs · load average ${loadAverages()}`,
)

const report = new FigureReport()
const timingText = (timing: Timing) =>
  `p50 ${fmt(timing.p50, 1)} ms, p95 ${fmt(timing.p95, 1)} ms, CPU ${timing.cpuPerQueryMs === null ? 'n/a' : fmt(timing.cpuPerQueryMs, 1)} ms/query (n=${timing.samples})`
/**
 * CPU used so far by what serves the queries. In process (search): this
 * process and PostgreSQL, before the server starts. Pages: every process this
 * script started (next start and PostgreSQL), not the client in this one.
 */
const inProcessCpuMs = () => {
  const children = descendantCpuMs()
  const own = process.cpuUsage()
  return children === null ? null : children + (own.user + own.system) / 1000
}
const serverCpuMs = () => descendantCpuMs()
const p95Target = (timing: Timing, limit: number) => ({ text: `p95 ≤ ${limit} ms`, met: timing.p95 <= limit })

const port = await findFreePort()
const baseUrl = `http://127.0.0.1:${port}`
const database = await startThrowawayDatabase('bench_search')
let server: ReturnType<typeof spawn> | null = null
let stopping: Promise<void> | null = null
function stopAll(): Promise<void> {
  return (stopping ??= (async () => {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM')
      await new Promise((resolve) => {
        server!.once('exit', resolve)
        setTimeout(resolve, 10_000).unref()
      })
    }
    await database.stop()
  })())
}
const hardLimit = setTimeout(() => {
  console.error(`bench:search: still running after ${HARD_LIMIT_MS / 60_000} minutes; stopping.`)
  void stopAll().finally(() => process.exit(1))
}, HARD_LIMIT_MS)
hardLimit.unref()

try {
  Object.assign(process.env, throwawayPortalEnv({ baseUrl, databaseUrl: database.databaseUrl }))
  // Loading the Payload config outside Next.js: see scripts/preload-lexical.mjs for why this comes first.
  await import('./preload-lexical.mjs')
  const { getPayload } = await import('payload')
  const { sql } = await import('@payloadcms/db-postgres')
  const { default: config } = await import('../payload.config')
  const { committedMigrations } = await import('../lib/db/committedMigrations')
  const { seedDemoContent } = await import('../lib/seed/seedDemoContent')
  const { toPortalUser } = await import('../lib/auth/portalUser')
  const { searchTopics } = await import('../lib/topics/searchTopics')

  const payload = await getPayload({ config })
  // The pool's idle connections see the database stop at the end (or on an error), which is expected, not a reason to crash.
  payload.db.pool.on('error', () => undefined)
  await payload.db.migrate({ migrations: committedMigrations })
  await seedDemoContent({ payload, demoAccounts: true })
  const categoryIds: number[] = []
  for (const name of ['Orthopaedics', 'Sports medicine', 'Paediatrics', 'Dermatology', 'Neurology', 'Rheumatology', 'Older adults', 'Pregnancy']) {
    const slug = `bench-${name.toLowerCase().replace(/\s+/g, '-')}`
    categoryIds.push((await payload.create({ collection: 'categories', overrideAccess: true, data: { name, slug, kind: 'specialty' } })).id)
  }

  const generationStarted = Date.now()
  const library = await generateTopics({
    payload,
    count: TOPICS,
    categoryIds,
    onProgress: (done) => process.stdout.write(`  generated ${done} of ${TOPICS} topics\r`),
  })
  // What autovacuum would do shortly after a bulk load: fresh statistics for the planner.
  await payload.db.drizzle.execute(sql`ANALYZE`)
  const published = await payload.db.drizzle.execute<{ count: string }>(sql`SELECT count(*) FROM topics WHERE _status = 'published'`)
  console.log(
    `Library: ${published.rows[0]?.count} published topics (${library.topics} generated in ${fmt((Date.now() - generationStarted) / 1000)} s: ${library.sections} sections, ${library.codes} codes, ${categoryIds.length} categories) · load average ${loadAverages()}`,
  )

  const clinicianDoc = (await payload.find({ collection: 'users', where: { email: { equals: 'clinician@careleaf.local' } }, limit: 1, overrideAccess: true }))
    .docs[0]
  if (!clinicianDoc) throw new Error('the seed made no demo clinician')
  const clinician = toPortalUser(clinicianDoc)
  const search = async (query: string) => {
    await searchTopics({ payload, user: clinician, query })
  }

  // 2. Search, in process.
  const words = await timeQueries(WORD_QUERIES, ROUNDS, search, inProcessCpuMs)
  report.add('search', 'searchTopics, word queries', timingText(words), p95Target(words, TARGETS.searchP95Ms))
  const codes = await timeQueries(CODE_QUERIES, ROUNDS, search, inProcessCpuMs)
  report.add('search', 'searchTopics, code queries', timingText(codes), p95Target(codes, TARGETS.searchP95Ms))
  const matches = await Promise.all(
    [...WORD_QUERIES, ...CODE_QUERIES].map(async (query) => `${query} ${(await searchTopics({ payload, user: clinician, query })).total}`),
  )
  console.log(`Matches per query: ${matches.join(' · ')}`)

  // 3. Pages, against next start.
  const [command, args] = nextStartCommand({ rootDir, port })
  server = spawn(command, args, { env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'ignore', 'inherit'] })
  const readyBy = Date.now() + 240_000
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`)
    const up = await fetch(`${baseUrl}/sign-in`).then(
      (response) => response.status < 500,
      () => false,
    )
    if (up) break
    if (Date.now() > readyBy) throw new Error('the server did not start within 240 s')
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  const cookie = await signInClinician(baseUrl)
  const page = (pathAndQuery: string) => getPage(`${baseUrl}${pathAndQuery}`, cookie).then(() => undefined)

  const pageCount = Math.ceil(TOPICS / 25)
  const browse = await timeQueries(
    [
      '/library',
      `/library?page=2`,
      `/library?page=${Math.ceil(pageCount / 2)}`,
      `/library?page=${pageCount}`,
      ...categoryIds.slice(0, 4).map((id) => `/library?category=${id}`),
    ],
    ROUNDS,
    page,
    serverCpuMs,
  )
  report.add('page', 'GET /library (browse: pages 1, 2, middle, last; 4 categories)', timingText(browse), p95Target(browse, TARGETS.pageP95Ms))
  const wordPages = await timeQueries(
    WORD_QUERIES.map((query) => `/library?q=${encodeURIComponent(query)}`),
    ROUNDS,
    page,
    serverCpuMs,
  )
  report.add('page', 'GET /library?q=<words>', timingText(wordPages), p95Target(wordPages, TARGETS.pageP95Ms))
  const codePages = await timeQueries(
    CODE_QUERIES.map((query) => `/library?q=${encodeURIComponent(query)}`),
    ROUNDS,
    page,
    serverCpuMs,
  )
  report.add('page', 'GET /library?q=<code>', timingText(codePages), p95Target(codePages, TARGETS.pageP95Ms))
  const builderPath = `/handouts/new?${library.sampleSlugs.map((slug) => `topic=${encodeURIComponent(slug)}`).join('&')}`
  const builder = await timeQueries([builderPath], ROUNDS * 2, page, serverCpuMs)
  report.add('page', `GET /handouts/new with ${library.sampleSlugs.length} topics picked`, timingText(builder))

  // 4. The index experiment: this throwaway database only, never the app's schema.
  if (INDEX_EXPERIMENT) {
    const collation = await payload.db.drizzle.execute<{ datcollate: string }>(sql`SELECT datcollate FROM pg_database WHERE datname = current_database()`)
    console.log(
      `EXPERIMENT (not in the app): indexes on topics_codes.code created by hand in this throwaway database; collation ${collation.rows[0]?.datcollate}.`,
    )
    await payload.db.drizzle.execute(sql`CREATE INDEX bench_experiment_topics_codes_code_idx ON topics_codes USING btree (code)`)
    await payload.db.drizzle.execute(sql`ANALYZE topics_codes`)
    const plain = await timeQueries(CODE_QUERIES, ROUNDS, search, inProcessCpuMs)
    report.add('experiment', 'code queries + btree (code), as Payload index: true makes it', timingText(plain), p95Target(plain, TARGETS.searchP95Ms))
    await payload.db.drizzle.execute(sql`DROP INDEX bench_experiment_topics_codes_code_idx`)
    await payload.db.drizzle.execute(sql`CREATE INDEX bench_experiment_topics_codes_code_pattern_idx ON topics_codes USING btree (code text_pattern_ops)`)
    await payload.db.drizzle.execute(sql`ANALYZE topics_codes`)
    const pattern = await timeQueries(CODE_QUERIES, ROUNDS, search, inProcessCpuMs)
    report.add('experiment', 'code queries + btree (code text_pattern_ops)', timingText(pattern), p95Target(pattern, TARGETS.searchP95Ms))
    const plan = await payload.db.drizzle.execute<{ 'QUERY PLAN': string }>(sql`EXPLAIN SELECT c._parent_id FROM topics_codes c WHERE c.code LIKE 'M54%'`)
    console.log(`  plan of the code lookup with the pattern index: ${plan.rows.map((row) => row['QUERY PLAN'].trim()).join(' / ')}`)
    await payload.db.drizzle.execute(sql`DROP INDEX bench_experiment_topics_codes_code_pattern_idx`)
  }

  await payload.destroy()

  console.log(`\nbench:search · ${TOPICS} topics · ${ROUNDS} rounds per query list · load average now ${loadAverages()} (1-minute ${load1()})`)
  report.print()
} catch (error) {
  console.error('bench:search failed:', error)
  await stopAll()
  process.exit(1)
} finally {
  await stopAll()
}
process.exit(0)
