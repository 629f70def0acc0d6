'use server'

import { revalidatePath } from 'next/cache'
import { z } from 'zod'

import { getPortalUser } from '@/lib/auth/getPortalUser'
import { EducationRecordNotAllowedError } from '@/lib/fhir/exportEducationRecord'
import { EhrDeliveryError, sendEducationRecord } from '@/lib/fhir/sendEducationRecord'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'

export type SendToEhrResult = { ok: true } | { ok: false; error: string }

/** "Send to EHR": the outcome (sent, or failed and retrying) shows on the handout page it reloads. */
export async function sendToEhrAction(handoutId: number): Promise<SendToEhrResult> {
  const user = await getPortalUser()
  if (!user) return { ok: false, error: 'Your session has ended. Sign in again.' }
  const id = z.number().int().positive().safeParse(handoutId)
  if (!id.success) return { ok: false, error: 'Unknown handout.' }
  try {
    const delivery = await sendEducationRecord({ payload: await getPayloadClient(), user, handoutId: id.data })
    if (!delivery) return { ok: false, error: 'Unknown handout.' }
  } catch (error) {
    if (error instanceof EhrDeliveryError || error instanceof EducationRecordNotAllowedError) return { ok: false, error: error.message }
    console.error('sendToEhrAction failed', error instanceof Error ? error.name : 'unknown error')
    return { ok: false, error: 'The education record could not be sent. Try again in a moment.' }
  }
  revalidatePath(`/handouts/${id.data}`)
  return { ok: true }
}
