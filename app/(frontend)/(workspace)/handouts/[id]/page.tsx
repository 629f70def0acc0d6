import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import type { CSSProperties } from 'react'

import { HandoutBody } from '@/components/HandoutBody'
import { HandoutFollowUp } from '@/components/HandoutFollowUp'
import { requirePortalUser } from '@/lib/auth/getPortalUser'
import { loadClinic } from '@/lib/clinic/loadClinic'
import { canManageHandout } from '@/lib/handouts/canManageHandout'
import { findHandoutForUser } from '@/lib/handouts/findHandoutForUser'
import { findHandoutOwner } from '@/lib/handouts/findHandoutOwner'
import { findHandoutUpdates } from '@/lib/handouts/findHandoutUpdates'
import { formatLongDate } from '@/lib/handouts/formatHandoutText'
import { resolvePageSize } from '@/lib/handouts/handoutOptions'
import { handoutMainMessages } from '@/lib/handouts/mainMessages'
import { handoutSectionSnapshots } from '@/lib/handouts/toHandoutDocumentData'
import { LOCALES } from '@/lib/i18n/locales'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'
import { clinicDefaultAccessCheck } from '@/lib/share/clinicDefaultAccessCheck'
import { listShareLinks } from '@/lib/share/listShareLinks'
import { summariseLinkAnswers } from '@/lib/teachBack/summariseLinkAnswers'
import { teachBackOutcomeLabel } from '@/lib/teachBack/teachBackOutcomes'
import type { Handout } from '@/payload-types'

import { EducationRecordPanel } from './EducationRecordPanel'
import { DeleteHandoutButton, RefreshNotice } from './HandoutActions'
import { ShareLinkPanel } from './ShareLinkPanel'
import { TeachBackForm } from './TeachBackForm'

export const metadata: Metadata = { title: 'Handout' }

/** The teach-back outcome on record, worded for the form, or null. */
function recordedTeachBack(handout: Handout) {
  const outcome = handout.teachBack?.outcome
  if (!outcome) return null
  return {
    outcome,
    label: teachBackOutcomeLabel(outcome),
    note: handout.teachBack?.note ?? null,
    recordedOn: handout.teachBack?.recordedAt ? (formatLongDate(handout.teachBack.recordedAt) ?? null) : null,
  }
}

export default async function HandoutPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const { id } = await params
  const { refreshed, teachBack: teachBackJustRecorded } = await searchParams
  const user = await requirePortalUser(`/handouts/${encodeURIComponent(id)}`)
  const handoutId = Number(id)
  if (!Number.isInteger(handoutId) || handoutId <= 0) notFound()

  const payload = await getPayloadClient()
  const handout = await findHandoutForUser({ payload, user, handoutId })
  if (!handout) notFound()
  // A colleague who may only read it gets the handout, its PDF and "duplicate"; sharing, refreshing and deleting stay the owner's.
  const manages = canManageHandout(user, handout)

  const [links, answers, updates, clinic, owner] = await Promise.all([
    manages ? listShareLinks({ payload, user, handoutId: handout.id }) : null,
    // The patient's answers, read on every request: the page is rendered per request (it reads the session).
    manages ? summariseLinkAnswers({ payload, user, handoutId: handout.id }) : null,
    manages ? findHandoutUpdates({ payload, user, handout }) : [],
    loadClinic(payload),
    findHandoutOwner({ payload, handout }),
  ])
  const preparedByOther = owner && owner.id !== user.id ? owner : null
  const defaultAccessCheck = links ? await clinicDefaultAccessCheck(payload) : null

  const created = formatLongDate(handout.createdAt)
  const paper = resolvePageSize(handout.pageSize, clinic.defaultPageSize) === 'A4' ? 'A4' : 'US Letter'
  return (
    // On a phone the page reads top to bottom: title, then the PDF and share link (what the clinician came for), then the
    // handout itself. On a wide screen the handout is on the left and those actions beside it.
    <div className="handout-layout">
      <div className="handout-layout__intro">
        {refreshed ? <p className="alert alert--success">This is the refreshed handout, made from the latest content.</p> : null}
        {updates.length > 0 && !refreshed ? (
          <RefreshNotice handoutId={handout.id} topics={updates.map((topic) => ({ title: topic.title, updatedOn: formatLongDate(topic.updatedAt) ?? '' }))} />
        ) : null}
        <p className="muted">
          Prepared for {handout.patientName}
          {handout.patientIdentifier ? ` (${handout.patientIdentifier})` : ''} on {created}
        </p>
        {preparedByOther ? (
          <p className="muted">
            Prepared by {preparedByOther.name}
            {preparedByOther.sharesHandoutsWithClinic ? ' — shared with the clinic' : ''}
          </p>
        ) : null}
        <h1 id="handout-title">{handout.title}</h1>
        {handout.warningSignsOmittedReason ? (
          <p className="review-warning" role="note">
            <strong>No “When to get help now” section.</strong> Reason given: {handout.warningSignsOmittedReason}
          </p>
        ) : null}
      </div>
      <div className="handout-layout__give">
        <div className="card">
          <h2>Give it to the patient</h2>
          <p className="muted">
            PDF on {paper}
            {handout.largePrint ? ', large print' : ''}.
          </p>
          <div className="actions">
            <a className="button" href={`/handouts/${handout.id}/pdf`} download>
              Download PDF
            </a>
            <Link className="button button--secondary" href={`/handouts/new?from=${handout.id}`}>
              Duplicate for another patient
            </Link>
            {LOCALES.filter((locale) => locale.code !== handout.language).map((locale) => (
              <Link key={locale.code} className="button button--secondary" href={`/handouts/new?from=${handout.id}&language=${locale.code}`}>
                Duplicate in {locale.label}
              </Link>
            ))}
          </div>
        </div>
        {links && defaultAccessCheck ? (
          <ShareLinkPanel handoutId={handout.id} links={links} answers={Object.fromEntries(answers ?? [])} defaultAccessCheck={defaultAccessCheck} />
        ) : null}
        {manages ? (
          <>
            {teachBackJustRecorded === 'recorded' ? (
              <p className="alert alert--success" role="status">
                Teach-back recorded.
              </p>
            ) : null}
            <TeachBackForm handoutId={handout.id} recorded={recordedTeachBack(handout)} />
          </>
        ) : null}
        {manages ? <EducationRecordPanel handout={handout} /> : null}
      </div>
      <article
        className={`card handout-paper handout-layout__paper${handout.largePrint ? ' large-print' : ''}`}
        aria-labelledby="handout-title"
        style={{ '--handout-accent': clinic.accentColor } as CSSProperties}
      >
        {handout.preferredName ? <p>Hello {handout.preferredName},</p> : null}
        <HandoutBody instructions={handout.instructions} sections={handoutSectionSnapshots(handout)} mainMessages={handoutMainMessages(handout)} />
        <HandoutFollowUp followUpDate={handout.followUpDate} contactLine={handout.contactLine} clinic={clinic} />
      </article>
      <div className="handout-layout__remove">
        {manages ? (
          <div className="card">
            <h2>Remove</h2>
            <DeleteHandoutButton handoutId={handout.id} patientName={handout.patientName} />
          </div>
        ) : (
          <p className="card muted">Only {preparedByOther?.name ?? 'the clinician who prepared it'} can share, refresh or delete this handout.</p>
        )}
      </div>
    </div>
  )
}
