import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'

import { getPortalUser } from '@/lib/auth/getPortalUser'
import { landingPathFor } from '@/lib/auth/landingPath'

export const metadata: Metadata = { title: 'Careleaf' }

/** The home page sends each person to where they work; admins, who work in both places, choose. */
export default async function Home() {
  const user = await getPortalUser()
  if (!user) redirect('/sign-in')
  const landing = landingPathFor(user)
  if (landing) redirect(landing)
  return (
    <main id="main" className="message-page">
      <p className="brand">
        Care<span>leaf</span>
      </p>
      <h1>Where to?</h1>
      <ul className="landing-choices">
        <li className="card">
          <Link href="/library">Clinician workspace</Link>
          <p className="muted">The library, handouts and kits: make a handout for a patient.</p>
        </li>
        <li className="card">
          <Link href="/admin">Content and settings</Link>
          <p className="muted">Topics and their review, users, the clinic&apos;s details and the audit trail.</p>
        </li>
      </ul>
    </main>
  )
}
