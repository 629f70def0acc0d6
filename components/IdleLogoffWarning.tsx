'use client'

import { type ReactNode, useEffect, useRef, useState } from 'react'

/** Must match lib/auth/sessionPolicy.ts IDLE_WARNING_SECONDS (a client file cannot import server env). */
const WARNING_SECONDS = 120

type Status = { signedIn: true; idleRemainingSeconds: number } | { signedIn: false }

async function fetchStatus(method: 'GET' | 'POST'): Promise<Status | null> {
  try {
    const response = await fetch('/api/session', { method, cache: 'no-store', credentials: 'same-origin' })
    if (!response.ok) return null
    return (await response.json()) as Status
  } catch {
    return null
  }
}

const dialogStyle = {
  position: 'fixed',
  insetInline: '1rem',
  bottom: '1rem',
  zIndex: 10000,
  maxWidth: '28rem',
  marginInline: 'auto',
  padding: '1rem 1.25rem',
  background: '#fff',
  color: '#1b1b1b',
  border: '2px solid #8a4b00',
  borderRadius: '0.5rem',
  boxShadow: '0 4px 24px rgb(0 0 0 / 0.25)',
  fontSize: '1rem',
} as const

/**
 * Warns before the idle logoff (HIPAA automatic logoff) and offers to stay
 * signed in. It asks the server how much idle time is left instead of keeping
 * its own clock, so activity in another tab counts; asking does not count as activity.
 */
export function IdleLogoffWarning({ children }: { children?: ReactNode }) {
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null)
  const deadline = useRef<number | null>(null)
  const keepAlive = useRef<() => void>(() => undefined)

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    let everSignedIn = false
    let stopped = false

    function apply(status: Status | null) {
      clearTimeout(timer)
      if (stopped) return
      if (!status) {
        timer = setTimeout(check, 30_000)
        return
      }
      if (!status.signedIn) {
        deadline.current = null
        setSecondsLeft(null)
        if (everSignedIn) {
          const back = `${window.location.pathname}${window.location.search}`
          // A full load on purpose: the admin and the workspace have different root layouts.
          // eslint-disable-next-line @next/next/no-location-assign-relative-destination
          window.location.assign(`/sign-in?reason=idle&callbackUrl=${encodeURIComponent(back)}`)
        }
        return
      }
      everSignedIn = true
      const remaining = status.idleRemainingSeconds
      deadline.current = Date.now() + remaining * 1000
      if (remaining <= WARNING_SECONDS) {
        setSecondsLeft(remaining)
        timer = setTimeout(check, Math.min(remaining + 1, 15) * 1000)
      } else {
        setSecondsLeft(null)
        timer = setTimeout(check, Math.min(remaining - WARNING_SECONDS, 300) * 1000)
      }
    }
    function check() {
      void fetchStatus('GET').then(apply)
    }
    keepAlive.current = () => void fetchStatus('POST').then(apply)
    check()
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [])

  const warning = secondsLeft !== null
  useEffect(() => {
    if (!warning) return
    const tick = setInterval(() => {
      if (deadline.current) setSecondsLeft(Math.max(0, Math.round((deadline.current - Date.now()) / 1000)))
    }, 1000)
    return () => clearInterval(tick)
  }, [warning])

  const minutes = secondsLeft === null ? 0 : Math.floor(secondsLeft / 60)
  const seconds = secondsLeft === null ? 0 : secondsLeft % 60
  return (
    <>
      {children}
      {secondsLeft !== null && (
        <div role="alertdialog" aria-labelledby="idle-logoff-title" aria-describedby="idle-logoff-text" style={dialogStyle}>
          <p id="idle-logoff-title" style={{ fontWeight: 700, margin: '0 0 0.5rem' }}>
            You will be signed out soon
          </p>
          <p id="idle-logoff-text" style={{ margin: '0 0 0.75rem' }}>
            For patients&apos; privacy, Careleaf signs you out after a period without activity. Time left: {minutes}:{String(seconds).padStart(2, '0')}.
          </p>
          <button type="button" onClick={() => keepAlive.current()}>
            Stay signed in
          </button>
        </div>
      )}
    </>
  )
}
