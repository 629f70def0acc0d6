import fs from 'node:fs'

/**
 * The benchmarks' one reader of Linux's /proc: process trees, CPU time and
 * memory of what a benchmark started (Next, PostgreSQL, Chromium). Benchmarks
 * report CPU per request next to throughput because on a shared, busy machine
 * throughput measures the neighbours as much as the code, while CPU per
 * request does not. Where /proc is missing (not Linux) the readers return
 * null or nothing rather than throw.
 */

/** Linux reports CPU time in clock ticks of 1/100 s (USER_HZ). */
export const CLOCK_TICKS_PER_SECOND = 100

export interface ProcStat {
  pid: number
  ppid: number
  /** The command name (thread name for /proc/<pid>/task/<tid>/stat). */
  comm: string
  nice: number
  /** utime + stime: the CPU this process (or thread) used itself. */
  cpuTicks: number
  /**
   * cutime + cstime: children that already exited and were reaped (PostgreSQL's short-lived workers),
   * which are no longer in /proc to be counted themselves.
   */
  reapedChildrenCpuTicks: number
}

/** Parses /proc/<pid>/stat (or a thread's); the command name may itself contain spaces and parentheses. */
export function parseProcStat(line: string): ProcStat | null {
  const open = line.indexOf('(')
  const close = line.lastIndexOf(')')
  if (open < 0 || close < open) return null
  const pid = Number.parseInt(line, 10)
  // Fields after the name, counted from 1 with pid as field 1: state(3) ppid(4) … utime(14) stime(15) cutime(16)
  // cstime(17) priority(18) nice(19).
  const rest = line.slice(close + 2).split(' ')
  const [ppid, utime, stime, cutime, cstime, nice] = [rest[1], rest[11], rest[12], rest[13], rest[14], rest[16]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  if (![pid, ppid, utime, stime, cutime, cstime, nice].every(Number.isFinite)) return null
  return { pid, ppid, comm: line.slice(open + 1, close), nice, cpuTicks: utime + stime, reapedChildrenCpuTicks: cutime + cstime }
}

function readStat(file: string): ProcStat | null {
  try {
    return parseProcStat(fs.readFileSync(file, 'utf8'))
  } catch {
    // The process ended between listing and reading: it no longer counts.
    return null
  }
}

function listDirectory(dir: string): string[] | null {
  try {
    return fs.readdirSync(dir)
  } catch {
    return null
  }
}

function readAllStats(): ProcStat[] | null {
  const entries = listDirectory('/proc')
  if (!entries) return null
  return entries.filter((entry) => /^\d+$/.test(entry)).flatMap((entry) => readStat(`/proc/${entry}/stat`) ?? [])
}

/** Every process below `rootPid` (and the root itself with `includeRoot`), or null where /proc is missing. */
function processTree(rootPid: number, { includeRoot = false }: { includeRoot?: boolean } = {}): ProcStat[] | null {
  const stats = readAllStats()
  if (!stats) return null
  const children = new Map<number, ProcStat[]>()
  for (const stat of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat])
  const root = includeRoot ? stats.find((stat) => stat.pid === rootPid) : undefined
  const queue = [...(root ? [root] : []), ...(children.get(rootPid) ?? [])]
  const tree: ProcStat[] = []
  while (queue.length > 0) {
    const stat = queue.pop()!
    tree.push(stat)
    queue.push(...(children.get(stat.pid) ?? []))
  }
  return tree
}

/**
 * CPU time (user + system, ms) used so far by every process under `rootPid`
 * (and the root itself with `includeRoot`), reaped children included.
 * Returns null where /proc is missing (not Linux).
 */
export function descendantCpuMs(rootPid: number = process.pid, options: { includeRoot?: boolean } = {}): number | null {
  const tree = processTree(rootPid, options)
  if (!tree) return null
  const ticks = tree.reduce((sum, stat) => sum + stat.cpuTicks + stat.reapedChildrenCpuTicks, 0)
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND
}

/** Every process below `rootPid`, with its command line; a process whose command line is gone has ended. */
export function descendants(rootPid: number): Array<ProcStat & { cmdline: string }> {
  return (processTree(rootPid) ?? []).flatMap((stat) => {
    try {
      return [{ ...stat, cmdline: fs.readFileSync(`/proc/${stat.pid}/cmdline`, 'utf8').replace(/\0/g, ' ') }]
    } catch {
      return []
    }
  })
}

/** Each thread of a process by thread id: its name, nice level and CPU ticks (user + system). */
export function threadCpu(pid: number): Map<number, ProcStat> {
  const threads = new Map<number, ProcStat>()
  for (const tid of listDirectory(`/proc/${pid}/task`) ?? []) {
    const stat = readStat(`/proc/${pid}/task/${tid}/stat`)
    if (stat) threads.set(Number(tid), stat)
  }
  return threads
}

/** Proportional set size (shared pages split between processes) of a process, in bytes; RSS when PSS is unreadable. */
export function processMemory(pid: number): number {
  try {
    const rollup = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8')
    const pss = /^Pss:\s+(\d+) kB/m.exec(rollup)
    if (pss) return Number(pss[1]) * 1024
  } catch {
    // fall through to RSS
  }
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    const rss = /^VmRSS:\s+(\d+) kB/m.exec(status)
    return rss ? Number(rss[1]) * 1024 : 0
  } catch {
    return 0
  }
}
