import { execFileSync, spawnSync } from 'node:child_process'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

/** `docker compose` (v2 plugin) or `docker-compose` (v1), whichever this machine has. */
function composeCommand(): string[] | null {
  if (spawnSync('docker', ['compose', 'version'], { stdio: 'ignore' }).status === 0) return ['docker', 'compose']
  if (spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0) return ['docker-compose']
  return null
}

const compose = composeCommand()

describe('docker-compose.yml', () => {
  it.skipIf(!compose)('is valid and runs the app against postgres:17', () => {
    const [bin, ...args] = compose!
    const env = { ...process.env, PAYLOAD_SECRET: 'x'.repeat(32), NEXTAUTH_SECRET: 'y'.repeat(32) }
    execFileSync(bin!, [...args, 'config', '-q'], { cwd: root, env, stdio: 'pipe' })
    const resolved = execFileSync(bin!, [...args, 'config'], { cwd: root, env, encoding: 'utf8' })
    expect(resolved).toMatch(/image: postgres:17/)
    expect(resolved).toMatch(/DATABASE_URL: postgres:\/\/careleaf:[^@]+@db:5432\/careleaf/)
  })

  it.skipIf(!compose)('checks the app through its readiness endpoint', () => {
    const [bin, ...args] = compose!
    const env = { ...process.env, PAYLOAD_SECRET: 'x'.repeat(32), NEXTAUTH_SECRET: 'y'.repeat(32) }
    const resolved = execFileSync(bin!, [...args, 'config'], { cwd: root, env, encoding: 'utf8' })
    const app = resolved.slice(
      resolved.indexOf('\n  app:'),
      resolved.indexOf('\n  db:') > resolved.indexOf('\n  app:') ? resolved.indexOf('\n  db:') : undefined,
    )
    expect(app).toMatch(/healthcheck:[\s\S]*http:\/\/127\.0\.0\.1:3000\/api\/health\/ready/)
  })

  it.skipIf(!compose)('refuses to start without real secrets', () => {
    const [bin, ...args] = compose!
    const env = { ...process.env }
    delete env.PAYLOAD_SECRET
    delete env.NEXTAUTH_SECRET
    const result = spawnSync(bin!, [...args, 'config', '-q'], { cwd: root, env, encoding: 'utf8' })
    expect(result.status).not.toBe(0)
    expect(`${result.stderr}${result.stdout}`).toMatch(/PAYLOAD_SECRET|NEXTAUTH_SECRET/)
  })
})
