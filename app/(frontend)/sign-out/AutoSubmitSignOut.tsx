'use client'

import { useEffect, useRef } from 'react'

import { signOutAction } from './actions'

/** Signs out as soon as the page loads (the admin's "Log out" lands here); the button is the no-JS fallback. */
export function AutoSubmitSignOut() {
  const form = useRef<HTMLFormElement>(null)
  useEffect(() => {
    form.current?.requestSubmit()
  }, [])
  return (
    <form ref={form} action={signOutAction}>
      <button type="submit">Sign out</button>
    </form>
  )
}
