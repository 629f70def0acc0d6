import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

// Inside the checkout (node_modules/.cache, ignored) so the probes resolve the project's packages; .mts for ESM.
const cache = path.join(process.cwd(), 'node_modules', '.cache')
fs.mkdirSync(cache, { recursive: true })
const probeDir = fs.mkdtempSync(path.join(cache, 'careleaf-shutdown-'))
afterAll(() => fs.rmSync(probeDir, { recursive: true, force: true }))

/**
 * Stands in for `next start`: on SIGTERM it stops accepting connections and
 * exits once its open requests are answered (what Next.js's start server does).
 * GET /pdf renders a handout in the real PDF worker pool.
 */
const serverSource = `
import http from 'node:http'
import { renderHandoutPdfInWorker } from ${JSON.stringify(path.resolve('lib/pdf/pdfRenderPool.ts'))}
import { handoutFixture } from ${JSON.stringify(path.resolve('tests/support/handoutFixtures.ts'))}
const server = http.createServer(async (request, response) => {
  console.log('request started')
  const pdf = await renderHandoutPdfInWorker(handoutFixture())
  response.writeHead(200, { 'Content-Type': 'application/pdf', Connection: 'close' }).end(pdf)
  console.log('request finished')
})
server.listen(0, '127.0.0.1', () => console.log('port ' + server.address().port))
process.on('SIGTERM', () => server.close(() => process.exit(143)))
`

/** What `npm start` runs: the portal script, with a database to stop once the server is gone. */
const wrapperSource = `
import { spawn } from 'node:child_process'
import { relayShutdownSignals } from ${JSON.stringify(path.resolve('lib/server/relayShutdownSignals.ts'))}
const child = spawn(process.execPath, ['--import', 'tsx', ${JSON.stringify(path.join(probeDir, 'server.mts'))}], { stdio: ['ignore', 'inherit', 'inherit'] })
relayShutdownSignals({ child, afterChildExit: async () => console.log('database stopped') })
`

describe('relayShutdownSignals', () => {
  it('on SIGTERM lets the in-flight request and its PDF job finish, then stops the database and exits 0', { timeout: 90_000 }, async () => {
    fs.writeFileSync(path.join(probeDir, 'server.mts'), serverSource)
    fs.writeFileSync(path.join(probeDir, 'wrapper.mts'), wrapperSource)
    const wrapper = spawn(process.execPath, ['--import', 'tsx', path.join(probeDir, 'wrapper.mts')], {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let output = ''
    const exited = new Promise<number | null>((resolve) => wrapper.on('exit', (code) => resolve(code)))
    const waitFor = (pattern: RegExp) =>
      new Promise<RegExpExecArray>((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(output)
          if (match) {
            wrapper.stdout.off('data', onData)
            resolve(match)
          }
        }
        const onData = (chunk: Buffer) => {
          output += chunk.toString()
          check()
        }
        wrapper.stdout.on('data', onData)
        void exited.then(() => reject(new Error(`the wrapper exited before ${pattern}: ${output}`)))
        check()
      })

    try {
      const port = (await waitFor(/port (\d+)/))[1]
      const download = fetch(`http://127.0.0.1:${port}/pdf`)
      await waitFor(/request started/)
      wrapper.kill('SIGTERM')

      const response = await download
      expect(response.status).toBe(200)
      const pdf = Buffer.from(await response.arrayBuffer())
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
      wrapper.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
      expect(await exited).toBe(0)
      // The database outlived the request that needed it.
      expect(output.indexOf('request finished')).toBeGreaterThan(-1)
      expect(output.indexOf('database stopped')).toBeGreaterThan(output.indexOf('request finished'))
    } finally {
      wrapper.kill('SIGKILL')
    }
  })
})
