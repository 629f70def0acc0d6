import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { HandoutBody } from '@/components/HandoutBody'
import { requirePortalUser } from '@/lib/auth/getPortalUser'
import { handoutSectionSnapshots } from '@/lib/handouts/toHandoutDocumentData'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'
import { shareLinkStatus } from '@/lib/share/shareLinkStatus'
import { summariseShareActivity } from '@/lib/share/summariseShareActivity'

import { ShareLinkPanel } from './ShareLinkPanel'

export const metadata: Metadata = { title: 'Handout' }

export default async function HandoutPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const user = await requirePortalUser(`/handouts/${encodeURIComponent(id)}`)
  const handoutId = Number(id)
  if (!Number.isInteger(handoutId) || handoutId <= 0) notFound()

  const payload = await getPayloadClient()
  // Read as the user: another clinician's handout is simply not found.
  const handout = await payload
    .findByID({ collection: 'handouts', id: handoutId, depth: 0, user, overrideAccess: false })
    .catch(() => null)
  if (!handout) notFound()

  const links = await payload.find({
    collection: 'share-links',
    where: { handout: { equals: handout.id } },
    user,
    overrideAccess: false,
    sort: '-createdAt',
    limit: 50,
    depth: 0,
  })

  const now = new Date()
  const created = new Date(handout.createdAt).toLocaleDateString('en-US', { dateStyle: 'long' })
  return (
    <div className="layout-two">
      <article className="card" aria-labelledby="handout-title">
        <p className="muted">Prepared for {handout.patientName} on {created}</p>
        <h1 id="handout-title">{handout.title}</h1>
        <HandoutBody instructions={handout.instructions} sections={handoutSectionSnapshots(handout)} />
      </article>
      <aside>
        <div className="card">
          <h2>Give it to the patient</h2>
          <div className="actions">
            <a className="button" href={`/handouts/${handout.id}/pdf`} download>
              Download PDF
            </a>
          </div>
        </div>
        <ShareLinkPanel
          handoutId={handout.id}
          links={links.docs.map((link) => ({
            id: link.id,
            tokenId: link.tokenId,
            createdAt: link.createdAt,
            expiresAt: link.expiresAt,
            status: shareLinkStatus(link, now),
            accessCheck: link.accessCheck,
            activity: summariseShareActivity([link], now).label,
            pdfDownloads: link.pdfDownloadCount ?? 0,
          }))}
        />
      </aside>
    </div>
  )
}
