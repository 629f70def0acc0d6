import type { ChildProcess } from 'node:child_process'

/** How long the child gets to finish in-flight requests and PDF jobs; orchestrators wait 30 s by default before SIGKILL. */
const DEFAULT_GRACE_MS = 25_000

interface RelayShutdownSignalsOptions {
  /** The `next` server process this script started. */
  child: ChildProcess
  /** Runs once the child has exited: stop what it used (the embedded PostgreSQL, the test identity provider). */
  afterChildExit: () => Promise<void>
  /** CARELEAF_SHUTDOWN_GRACE_MS, else 25 s. */
  graceMs?: number
  log?: (line: string) => void
}

/**
 * SIGTERM or SIGINT for the wrapper script (`npm start`, `npm run dev`, the
 * e2e server) goes to the Next.js server, which stops accepting connections
 * and finishes the requests it has (PDF downloads included, since a PDF is
 * rendered while its request waits). Only when it has exited does the database
 * go, then this process: stopping the database first failed those requests,
 * and a container's main process exiting first killed the server mid-response.
 * A child that outlives the grace period is killed. The exit code is the
 * child's, or 0 when it ended because it was asked to.
 */
export function relayShutdownSignals({ child, afterChildExit, graceMs = defaultGraceMs(), log = () => undefined }: RelayShutdownSignalsOptions): void {
  let stopping = false
  let asked = false
  const childExited = new Promise<number>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode ?? 1)
    else child.once('exit', (code) => resolve(code ?? (asked ? 0 : 1)))
  })

  async function stop(): Promise<void> {
    if (stopping) return
    stopping = true
    const killer = setTimeout(() => {
      log(`the server did not stop within ${graceMs} ms; killing it`)
      child.kill('SIGKILL')
    }, graceMs)
    const code = await childExited
    clearTimeout(killer)
    await afterChildExit().catch(() => undefined)
    // Next.js exits with 128 + signal after a clean shutdown it was asked for.
    process.exit(asked && (code === 0 || code === 130 || code === 143) ? 0 : code)
  }

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (!asked) {
        asked = true
        child.kill(signal)
      }
      void stop()
    })
  }
  void childExited.then(() => stop())
}

function defaultGraceMs(): number {
  const configured = Number.parseInt(process.env.CARELEAF_SHUTDOWN_GRACE_MS ?? '', 10)
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_GRACE_MS
}
