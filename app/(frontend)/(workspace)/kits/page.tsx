import type { Metadata } from 'next'
import Link from 'next/link'

import { requirePortalUser } from '@/lib/auth/getPortalUser'
import { listKits } from '@/lib/kits/listKits'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'

export const metadata: Metadata = { title: 'Kits' }

export default async function KitsPage() {
  const user = await requirePortalUser('/kits')
  const kits = await listKits({ payload: await getPayloadClient(), user })
  return (
    <>
      <h1>Kits</h1>
      <p className="muted">Saved selections of sections. Save one from the handout builder; start a new handout from it here.</p>
      {kits.length === 0 ? (
        <p className="card">No kits yet. In the builder, tick the sections you often give together and choose “Save this selection as a kit”.</p>
      ) : (
        <ul className="topic-list">
          {kits.map((kit) => (
            <li key={kit.id} className="card">
              <Link href={`/handouts/new?kit=${kit.id}`} aria-label={`Start a handout from the kit ${kit.name}`}>
                {kit.name}
              </Link>
              <p className="muted">
                {kit.sectionCount} section{kit.sectionCount === 1 ? '' : 's'} ·{' '}
                {kit.mine ? (kit.sharedWithClinic ? 'yours, shared with the clinic' : 'yours') : 'shared by a colleague'}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
