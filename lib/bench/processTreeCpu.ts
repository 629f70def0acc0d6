import fs from 'node:fs'

/**
 * CPU time (user + system, ms) used so far by every process under `rootPid`
 * (and the root itself with `includeRoot`), read from Linux's /proc. Benchmarks report CPU per
 * request next to throughput because on a shared, busy machine throughput
 * measures the neighbours as much as the code, while CPU per request does not.
 * Returns null where /proc is missing (not Linux).
 */
const CLOCK_TICKS_PER_SECOND = 100

interface ProcStat {
  pid: number
  ppid: number
  cpuTicks: number
}

/** Parses /proc/<pid>/stat; the command name may itself contain spaces and parentheses. */
export function parseProcStat(line: string): ProcStat | null {
  const close = line.lastIndexOf(')')
  if (close < 0) return null
  const pid = Number.parseInt(line, 10)
  // Fields after the name: state(3) ppid(4) … utime(14) stime(15) cutime(16) cstime(17), counted from 1 with pid as
  // field 1. cutime/cstime hold children that already exited and were reaped (PostgreSQL's short-lived workers),
  // which are no longer in /proc to be counted themselves.
  const rest = line.slice(close + 2).split(' ')
  const ticks = [rest[11], rest[12], rest[13], rest[14]].map(Number)
  const ppid = Number(rest[1])
  if (![pid, ppid, ...ticks].every(Number.isFinite)) return null
  return { pid, ppid, cpuTicks: ticks.reduce((sum, value) => sum + value, 0) }
}

function readAllStats(): ProcStat[] | null {
  let entries: string[]
  try {
    entries = fs.readdirSync('/proc')
  } catch {
    return null
  }
  const stats: ProcStat[] = []
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = parseProcStat(fs.readFileSync(`/proc/${entry}/stat`, 'utf8'))
      if (stat) stats.push(stat)
    } catch {
      // The process ended between listing and reading: it no longer counts.
    }
  }
  return stats
}

export function descendantCpuMs(rootPid: number = process.pid, { includeRoot = false }: { includeRoot?: boolean } = {}): number | null {
  const stats = readAllStats()
  if (!stats) return null
  const children = new Map<number, ProcStat[]>()
  for (const stat of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat])
  let ticks = 0
  const root = includeRoot ? stats.find((stat) => stat.pid === rootPid) : undefined
  const queue = [...(root ? [root] : []), ...(children.get(rootPid) ?? [])]
  while (queue.length > 0) {
    const stat = queue.pop()!
    ticks += stat.cpuTicks
    queue.push(...(children.get(stat.pid) ?? []))
  }
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND
}
