import { fhirPushConfig } from '@/lib/fhir/fhirConfig'
import { listEhrDeliveries, MAX_DELIVERY_ATTEMPTS } from '@/lib/fhir/sendEducationRecord'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'
import type { FhirDelivery, Handout } from '@/payload-types'

import { SendToEhrButton } from './SendToEhrButton'

const when = (iso: string | null | undefined) =>
  iso ? new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso)) + ' UTC' : ''

/** What became of the latest "Send to EHR", in the clinician's words: a failure is never hidden. */
function DeliveryStatus({ delivery }: { delivery: FhirDelivery }) {
  if (delivery.status === 'sent') return <p className="alert alert--success">Sent to the EHR on {when(delivery.sentAt)}.</p>
  if (delivery.status === 'pending') return <p className="muted">Sending to the EHR…</p>
  const failed = delivery.status === 'failed'
  return (
    <div className={`alert ${failed ? 'alert--error' : 'alert--warning'}`} role={failed ? 'alert' : 'status'}>
      <p>
        <strong>{failed ? 'Not sent to the EHR.' : 'The EHR did not take the education record yet.'}</strong> It answered: {delivery.lastError ?? 'no answer'}.
      </p>
      <p>
        {failed
          ? `Careleaf tried ${delivery.attempts} times and has stopped. Check with your EHR team, then send it again.`
          : `Careleaf will try again at ${when(delivery.nextAttemptAt)} (attempt ${delivery.attempts} of ${MAX_DELIVERY_ATTEMPTS}).`}
      </p>
    </div>
  )
}

/**
 * The handout's education record for the EHR (FHIR R4): the download, and "Send to EHR" with the last delivery's
 * fate when the clinic configured an EHR. For the handout's clinician only (the page passes `manages`).
 */
export async function EducationRecordPanel({ handout }: { handout: Pick<Handout, 'id' | 'ehrPatientId'> }) {
  const push = fhirPushConfig()
  const [latest] = push ? await listEhrDeliveries({ payload: await getPayloadClient(), handoutId: handout.id, limit: 1 }) : []
  return (
    <div className="card">
      <h2>Education record</h2>
      <p className="muted">
        For the patient’s chart: this handout, their answers to its questions and your teach-back, as a FHIR R4 file.
        {handout.ehrPatientId ? ' Filed under their EHR patient id.' : ' No EHR patient id was entered: the record names the patient only.'}
      </p>
      <div className="actions">
        <a className="button button--secondary" href={`/handouts/${handout.id}/fhir`} download>
          Download education record (FHIR)
        </a>
        {push && handout.ehrPatientId ? (
          <SendToEhrButton handoutId={handout.id} label={latest?.status === 'sent' ? 'Send to EHR again' : 'Send to EHR'} />
        ) : null}
      </div>
      {push && !handout.ehrPatientId ? <p className="muted">To send it to the EHR, the handout needs the patient’s EHR id.</p> : null}
      {latest ? <DeliveryStatus delivery={latest} /> : null}
    </div>
  )
}
