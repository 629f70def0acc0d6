/** The few statistics and units the benchmarks print. */

/** The nearest-rank percentile (no interpolation): a value that was measured; NaN with no samples. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index] ?? Number.NaN
}

export const mb = (bytes: number) => bytes / 1024 / 1024

/** A figure for a report line; `n/a` where nothing was measured. */
export const fmt = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a')

/** Samples a figure (memory) every 50 ms and keeps the peak. */
export function peakSampler(sample: () => number): { stop: () => number } {
  let peak = sample()
  const timer = setInterval(() => {
    peak = Math.max(peak, sample())
  }, 50)
  return {
    stop() {
      clearInterval(timer)
      return Math.max(peak, sample())
    },
  }
}
