/**
 * One line of import progress for a terminal: a bar, the count, the rate and
 * the time left at that rate, e.g.
 * `English topics [########------------]  412/1017  38.2/s  ETA 0:16`.
 */
export function importProgressLine({ label, done, total, elapsedMs }: { label: string; done: number; total: number; elapsedMs: number }): string {
  const width = 20
  const fraction = total > 0 ? Math.min(done / total, 1) : 1
  const filled = Math.round(fraction * width)
  const rate = elapsedMs > 0 ? done / (elapsedMs / 1000) : 0
  const eta = rate > 0 ? formatDuration(((total - done) / rate) * 1000) : '–'
  const count = `${String(done).padStart(String(total).length)}/${total}`
  return `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}]  ${count}  ${rate.toFixed(1)}/s  ETA ${eta}`
}

/** m:ss, or h:mm:ss past an hour. */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.max(0, Math.round(ms / 1000))
  const hours = Math.floor(totalSeconds / 3600)
  const minutes = Math.floor((totalSeconds % 3600) / 60)
  const seconds = String(totalSeconds % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`
}
