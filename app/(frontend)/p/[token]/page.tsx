import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { CSSProperties } from 'react'

import { HandoutBody } from '@/components/HandoutBody'
import { HandoutFollowUp } from '@/components/HandoutFollowUp'
import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import { handoutSectionSnapshots } from '@/lib/handouts/toHandoutDocumentData'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'
import { resolveShareLink } from '@/lib/share/resolveShareLink'

import { PrintButton } from './PrintButton'

// The title names no patient: it can show up in browser history and tab lists.
export const metadata: Metadata = { title: 'Your handout', robots: { index: false, follow: false }, referrer: 'no-referrer' }

export default async function PatientHandoutPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const payload = await getPayloadClient()
  const resolved = await resolveShareLink({ payload, token })
  if (resolved.status === 'not-found') notFound()

  const clinic = await payload.findGlobal({ slug: 'clinic', depth: 0, overrideAccess: true })
  const contact = clinic.phone ? `${clinic.name}, ${clinic.phone}` : clinic.name

  if (resolved.status === 'expired') {
    return (
      <main id="main" className="message-page">
        <h1>This link has expired</h1>
        <p>For your privacy, handout links stop working after a while or when the clinic ends them.</p>
        <p>
          Please contact <strong>{contact}</strong> for a new copy.
        </p>
      </main>
    )
  }

  const { handout, link } = resolved
  await recordAuditEvent({ payload, action: 'share.open', actorId: null, target: { collection: 'handouts', id: handout.id }, detail: `link ${link.tokenId}` })
  const created = new Date(handout.createdAt).toLocaleDateString('en-US', { dateStyle: 'long' })

  return (
    <>
      <header className="patient-header">
        <div className="patient-header__inner">
          <strong>{clinic.name}</strong>
        </div>
      </header>
      <main id="main" className={`patient${handout.largePrint ? ' large-print' : ''}`} style={clinic.accentColor ? ({ '--handout-accent': clinic.accentColor } as CSSProperties) : undefined}>
        <h1>{handout.title}</h1>
        <p className="meta">
          Prepared for {handout.patientName} on {created}
        </p>
        <div className="actions no-print">
          <a className="button" href={`/p/${token}/pdf`} download>
            Download PDF
          </a>
          <PrintButton />
        </div>
        {handout.preferredName ? <p>Hello {handout.preferredName},</p> : null}
        <HandoutBody instructions={handout.instructions} sections={handoutSectionSnapshots(handout)} />
        <HandoutFollowUp followUpDate={handout.followUpDate} contactLine={handout.contactLine} clinic={clinic} />
        <footer className="patient-contact">
          <p>
            Questions about this information? Contact <strong>{contact}</strong>.
          </p>
          <p className="muted">This handout was prepared for you by your care team. It does not replace their advice.</p>
        </footer>
      </main>
    </>
  )
}
