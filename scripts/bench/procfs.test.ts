import { spawn } from 'node:child_process'

import { describe, expect, it } from 'vitest'

import { descendantCpuMs, descendants, parseProcStat, threadCpu } from './procfs'

describe('parseProcStat', () => {
  it("reads pid, parent, name, nice level and CPU ticks (its own and its reaped children's) even when the command name has spaces and parentheses", () => {
    const line = '4242 (next-server (v16)) S 4200 4242 4200 0 -1 4194560 100 0 0 0 250 31 7 2 30 10 11 0 5000 1000 100'
    expect(parseProcStat(line)).toEqual({ pid: 4242, ppid: 4200, comm: 'next-server (v16)', nice: 10, cpuTicks: 281, reapedChildrenCpuTicks: 9 })
  })

  it('refuses a line it cannot read', () => {
    expect(parseProcStat('garbage')).toBeNull()
  })
})

describe.skipIf(process.platform !== 'linux')('the /proc readers', () => {
  it('sees the CPU a busy child process burns', async () => {
    const before = descendantCpuMs()!
    const child = spawn(process.execPath, ['-e', 'for (;;);'])
    try {
      // Poll while the child is alive (a reaped child leaves /proc); generous for a loaded machine.
      let seen = 0
      for (const deadline = Date.now() + 10_000; Date.now() < deadline && seen < 100;) {
        await new Promise((resolve) => setTimeout(resolve, 50))
        seen = descendantCpuMs()! - before
      }
      expect(seen).toBeGreaterThanOrEqual(100)
    } finally {
      child.kill('SIGKILL')
    }
  })

  it('lists a child process with its command line, and not this process itself', () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10_000)', 'bench-procfs-marker'])
    try {
      const found = descendants(process.pid)
      expect(found.find((entry) => entry.pid === child.pid)?.cmdline).toContain('bench-procfs-marker')
      expect(found.some((entry) => entry.pid === process.pid)).toBe(false)
    } finally {
      child.kill('SIGKILL')
    }
  })

  it('reads every thread of a process, the main thread under the process id', () => {
    const threads = threadCpu(process.pid)
    expect(threads.get(process.pid)).toMatchObject({ pid: process.pid, nice: expect.any(Number), cpuTicks: expect.any(Number) })
    expect(threads.size).toBeGreaterThan(1)
  })
})
