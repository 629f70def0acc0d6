import type { Metadata } from 'next'

import { AutoSubmitSignOut } from './AutoSubmitSignOut'

export const metadata: Metadata = { title: 'Signing out' }

export default function SignOutPage() {
  return (
    <main id="main" className="message-page">
      <p className="brand">
        Care<span>leaf</span>
      </p>
      <h1>Signing out</h1>
      <p className="muted">This ends your session in the workspace and the content admin.</p>
      <div className="card">
        <AutoSubmitSignOut />
      </div>
    </main>
  )
}
