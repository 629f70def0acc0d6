'use server'

import { redirect } from 'next/navigation'

import { getPortalUser } from '@/lib/auth/getPortalUser'
import { createHandout, HandoutInputError } from '@/lib/handouts/createHandout'
import { createHandoutInput } from '@/lib/handouts/createHandoutInput'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'

export interface HandoutBuilderState {
  error: string | null
  fieldErrors: Partial<Record<'patientName' | 'sectionIds' | 'instructions', string>>
  /** What was submitted, so a rejected form comes back as the clinician typed it. */
  values: { sectionIds: string[]; patientName: string; instructions: string }
}

export async function createHandoutAction(_previous: HandoutBuilderState, formData: FormData): Promise<HandoutBuilderState> {
  const user = await getPortalUser()
  if (!user) redirect('/sign-in')

  const values = {
    sectionIds: formData.getAll('sectionIds').map(String),
    patientName: String(formData.get('patientName') ?? ''),
    instructions: String(formData.get('instructions') ?? ''),
  }
  const parsed = createHandoutInput.safeParse({ topicId: formData.get('topicId'), ...values })
  if (!parsed.success) {
    const fieldErrors: HandoutBuilderState['fieldErrors'] = {}
    for (const issue of parsed.error.issues) {
      const field = issue.path[0]
      if ((field === 'patientName' || field === 'sectionIds' || field === 'instructions') && !fieldErrors[field]) fieldErrors[field] = issue.message
    }
    return { error: 'Please correct the highlighted fields.', fieldErrors, values }
  }

  let handoutId: number
  try {
    const handout = await createHandout({ payload: await getPayloadClient(), user, input: parsed.data })
    handoutId = handout.id
  } catch (error) {
    if (error instanceof HandoutInputError) return { error: error.message, fieldErrors: {}, values }
    // Never echo internals (or the patient's data) back; the form keeps what was typed.
    console.error('createHandoutAction failed', error instanceof Error ? error.name : 'unknown error')
    return { error: 'The handout could not be saved. Nothing was lost: try again in a moment.', fieldErrors: {}, values }
  }
  redirect(`/handouts/${handoutId}`)
}
