import { performance } from 'node:perf_hooks'

import { percentile } from '../stats'

export interface Timing {
  p50: number
  p95: number
  max: number
  samples: number
  /** CPU (ms) the measured processes used per query: far less distorted by a busy machine than the latencies. Null where /proc is missing. */
  cpuPerQueryMs: number | null
}

/**
 * Runs `once` for every query in turn, `rounds` times round the list after
 * one warm-up round; one at a time, so each figure is a latency, not a queue.
 * `cpuMs` reads the CPU used so far by whatever serves the queries.
 */
export async function timeQueries(
  queries: readonly string[],
  rounds: number,
  once: (query: string) => Promise<void>,
  cpuMs: () => number | null,
): Promise<Timing> {
  for (const query of queries) await once(query)
  const samples: number[] = []
  const cpuBefore = cpuMs()
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      const started = performance.now()
      await once(query)
      samples.push(performance.now() - started)
    }
  }
  const cpuAfter = cpuMs()
  return {
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: Math.max(...samples),
    samples: samples.length,
    cpuPerQueryMs: cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / samples.length,
  }
}

/** GET a page as the signed-in clinician; anything but 200 stops the benchmark (a fast error page is not a fast page). */
export async function getPage(url: string, cookie: string): Promise<string> {
  const response = await fetch(url, { headers: { Cookie: cookie }, redirect: 'manual' })
  const body = await response.text()
  if (response.status !== 200) throw new Error(`${new URL(url).pathname}${new URL(url).search} answered ${response.status}`)
  return body
}
