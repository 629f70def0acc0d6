import { spawn } from 'node:child_process'

import { describe, expect, it } from 'vitest'

import { descendantCpuMs, parseProcStat } from './processTreeCpu'

describe('parseProcStat', () => {
  it('reads pid, parent and CPU ticks (its own and its reaped children\'s) even when the command name has spaces and parentheses', () => {
    const line = '4242 (next-server (v16)) S 4200 4242 4200 0 -1 4194560 100 0 0 0 250 31 7 2 20 0 11 0 5000 1000 100'
    expect(parseProcStat(line)).toEqual({ pid: 4242, ppid: 4200, cpuTicks: 290 })
  })

  it('refuses a line it cannot read', () => {
    expect(parseProcStat('garbage')).toBeNull()
  })
})

describe.skipIf(process.platform !== 'linux')('descendantCpuMs', () => {
  it('sees the CPU a busy child process burns', async () => {
    const before = descendantCpuMs()!
    const child = spawn(process.execPath, ['-e', 'for (;;);'])
    try {
      // Poll while the child is alive (a reaped child leaves /proc); generous for a loaded machine.
      let seen = 0
      for (const deadline = Date.now() + 10_000; Date.now() < deadline && seen < 100; ) {
        await new Promise((resolve) => setTimeout(resolve, 50))
        seen = descendantCpuMs()! - before
      }
      expect(seen).toBeGreaterThanOrEqual(100)
    } finally {
      child.kill('SIGKILL')
    }
  })
})
