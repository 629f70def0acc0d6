/**
 * `npm run bench:share`: requests/s and latency for an open patient share
 * page, against the production build (`next start`) on 127.0.0.1 only, on a
 * throwaway embedded PostgreSQL. Bounded: BENCH_SECONDS (default 10) after a
 * 3 s warm-up, BENCH_CONNECTIONS keep-alive connections (default 10).
 * Run `npm run build` first. The rate limit is raised for the run only
 * (CARELEAF_SHARE_RATE_LIMIT_PER_MINUTE); every request still pays for it.
 * Also prints the server's CPU per request (Next + PostgreSQL, from /proc),
 * which a busy machine distorts far less than requests/s.
 * BENCH_CPU_PROF=<dir> writes a V8 CPU profile of the Next server there.
 */
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { descendantCpuMs } from './bench/procfs'
import { startSeededNextServer } from './bench/seededNextServer'
import { percentile } from './bench/stats'
import { findFreePort } from '../lib/db/embeddedPostgres'

const rootDir = process.cwd()
const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10)
const WARM_UP_MS = 3_000
// The patient-link issue's targets: ≤ 1.5 ms of server CPU per open (≈ 1,300 opens/s on 2 idle cores), ≥ 800 req/s, p95 ≤ 25 ms.
const TARGET = { requestsPerSecond: 800, p95Ms: 25, cpuMsPerRequest: 1.5 }

if (!fs.existsSync(path.join(rootDir, '.next', 'BUILD_ID'))) {
  console.error('No production build found: run `npm run build` first.')
  process.exit(1)
}
if (!(seconds > 0 && seconds <= 120) || !(connections > 0 && connections <= 200)) {
  console.error('BENCH_SECONDS must be 1–120 and BENCH_CONNECTIONS 1–200.')
  process.exit(1)
}

const portal = await startSeededNextServer({ databaseLabel: 'bench', port: await findFreePort(), cpuProfileDir: process.env.BENCH_CPU_PROF })
const { baseUrl, server: next, shareLink: prepared } = portal

const agent = new http.Agent({ keepAlive: true, maxSockets: connections })
function getOnce(): Promise<{ status: number; ms: number }> {
  const started = process.hrtime.bigint()
  return new Promise((resolve) => {
    const request = http.get(`${baseUrl}${prepared.sharePath}`, { agent }, (response) => {
      response.resume()
      response.on('end', () => resolve({ status: response.statusCode ?? 0, ms: Number(process.hrtime.bigint() - started) / 1e6 }))
    })
    request.on('error', () => resolve({ status: 0, ms: Number(process.hrtime.bigint() - started) / 1e6 }))
  })
}

try {
  const readyBy = Date.now() + 60_000
  while ((await getOnce()).status !== 200) {
    if (Date.now() > readyBy) throw new Error('next start did not serve the share page within 60 s.')
    await new Promise((resolve) => setTimeout(resolve, 250))
  }

  async function run(durationMs: number): Promise<{ latencies: number[]; statuses: Map<number, number>; elapsedMs: number }> {
    const latencies: number[] = []
    const statuses = new Map<number, number>()
    const started = Date.now()
    const endAt = started + durationMs
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (Date.now() < endAt) {
          const { status, ms } = await getOnce()
          statuses.set(status, (statuses.get(status) ?? 0) + 1)
          if (status === 200) latencies.push(ms)
        }
      }),
    )
    return { latencies, statuses, elapsedMs: Date.now() - started }
  }

  await run(WARM_UP_MS)
  const serverCpuBefore = descendantCpuMs()
  const nextCpuBefore = descendantCpuMs(next.pid!, { includeRoot: true })
  const { latencies, statuses, elapsedMs } = await run(seconds * 1000)
  const serverCpuAfter = descendantCpuMs()
  const nextCpuAfter = descendantCpuMs(next.pid!, { includeRoot: true })
  latencies.sort((a, b) => a - b)
  const requestsPerSecond = latencies.length / (elapsedMs / 1000)
  const p95 = percentile(latencies, 95)
  console.log(
    `bench:share  GET /p/<token> (open link, ${prepared.sections} sections)  ${connections} connections, ${seconds}s, ${os.cpus().length} CPUs, load avg ${os.loadavg()[0]!.toFixed(2)}`,
  )
  console.log(`  requests/s  ${requestsPerSecond.toFixed(1)}   (target ≥ ${TARGET.requestsPerSecond})`)
  console.log(
    `  latency ms  p50 ${percentile(latencies, 50).toFixed(1)}  p95 ${p95.toFixed(1)} (target ≤ ${TARGET.p95Ms})  p99 ${percentile(latencies, 99).toFixed(1)}  max ${latencies.at(-1)?.toFixed(1)}`,
  )
  if (serverCpuBefore !== null && serverCpuAfter !== null) {
    // Server = next start and the PostgreSQL it uses (every process this script started); the load client is not in it.
    const cpuPerRequest = (serverCpuAfter - serverCpuBefore) / Math.max(1, latencies.length)
    const nextPerRequest = ((nextCpuAfter ?? 0) - (nextCpuBefore ?? 0)) / Math.max(1, latencies.length)
    console.log(
      `  server CPU  ${cpuPerRequest.toFixed(2)} ms per request (target ≤ ${TARGET.cpuMsPerRequest}; Next ${nextPerRequest.toFixed(2)} + PostgreSQL ${(cpuPerRequest - nextPerRequest).toFixed(2)}): at most ~${Math.floor((os.cpus().length * 1000) / cpuPerRequest)} req/s on ${os.cpus().length} idle cores; less busy-machine noise than req/s`,
    )
  }
  console.log(`  responses   ${[...statuses].map(([status, count]) => `${status}: ${count}`).join(', ')}`)
  console.log(`  ${requestsPerSecond >= TARGET.requestsPerSecond && p95 <= TARGET.p95Ms ? 'target met' : 'target NOT met'}`)
} finally {
  agent.destroy()
  await portal.stop()
}
process.exit(0)
