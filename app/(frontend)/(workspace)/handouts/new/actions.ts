'use server'

import { redirect } from 'next/navigation'
import { z } from 'zod'

import { hasRole } from '@/access/roles'
import { getPortalUser } from '@/lib/auth/getPortalUser'
import { createHandout, HandoutInputError } from '@/lib/handouts/createHandout'
import { createHandoutInput } from '@/lib/handouts/createHandoutInput'
import { type BuilderTopic, loadBuilderTopics } from '@/lib/handouts/loadBuilderTopics'
import { prerenderHandoutPdf } from '@/lib/handouts/renderHandoutPdfResponse'
import { saveKit, saveKitInput } from '@/lib/kits/saveKit'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'

export type BuilderField = 'sections' | 'patientName' | 'preferredName' | 'language' | 'instructions' | 'followUpDate' | 'contactLine' | 'pageSize'

export interface HandoutBuilderState {
  error: string | null
  fieldErrors: Partial<Record<BuilderField, string>>
}

const BUILDER_FIELDS = new Set<string>(['sections', 'patientName', 'preferredName', 'language', 'instructions', 'followUpDate', 'contactLine', 'pageSize'])

function parseSectionsField(value: FormDataEntryValue | null): unknown {
  if (typeof value !== 'string' || value === '') return []
  try {
    return JSON.parse(value) as unknown
  } catch {
    return null
  }
}

/**
 * Creates the handout and opens it. On any problem the builder stays as it
 * was (its fields are controlled on the client), with a message per field.
 */
export async function createHandoutAction(_previous: HandoutBuilderState, formData: FormData): Promise<HandoutBuilderState> {
  const user = await getPortalUser()
  if (!user) return { error: 'Your session has ended. Sign in again in another tab, then press Create handout: nothing here is lost.', fieldErrors: {} }

  const text = (name: string) => String(formData.get(name) ?? '')
  const parsed = createHandoutInput.safeParse({
    sections: parseSectionsField(formData.get('sections')),
    patientName: text('patientName'),
    preferredName: text('preferredName'),
    language: text('language') || 'en',
    instructions: text('instructions'),
    followUpDate: text('followUpDate'),
    contactLine: text('contactLine'),
    largePrint: formData.get('largePrint') === 'on',
    pageSize: text('pageSize'),
  })
  if (!parsed.success) {
    const fieldErrors: HandoutBuilderState['fieldErrors'] = {}
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '')
      if (BUILDER_FIELDS.has(field) && !fieldErrors[field as BuilderField])
        fieldErrors[field as BuilderField] = field === 'sections' ? 'Tick at least one section to include.' : issue.message
    }
    return { error: 'Please correct the highlighted fields.', fieldErrors }
  }

  let handoutId: number
  try {
    const payload = await getPayloadClient()
    const handout = await createHandout({ payload, user, input: parsed.data })
    handoutId = handout.id
    // Most handouts are printed at once: render while the clinician's browser follows the redirect.
    prerenderHandoutPdf({ payload, handout })
  } catch (error) {
    if (error instanceof HandoutInputError) return { error: error.message, fieldErrors: {} }
    // Never echo internals (or the patient's data) back; the form keeps what was typed.
    console.error('createHandoutAction failed', error instanceof Error ? error.name : 'unknown error')
    return { error: 'The handout could not be saved. Nothing was lost: try again in a moment.', fieldErrors: {} }
  }
  redirect(`/handouts/${handoutId}`)
}

/** Sections of one more topic for the builder; null when it is not published or not readable. */
export async function loadBuilderTopicAction(topicId: number): Promise<BuilderTopic | null> {
  const user = await getPortalUser()
  if (!user) return null
  const id = z.number().int().positive().safeParse(topicId)
  if (!id.success) return null
  const [topic] = await loadBuilderTopics({ payload: await getPayloadClient(), user, ids: [id.data] })
  return topic ?? null
}

export type SaveKitResult = { ok: true; kitId: number; name: string } | { ok: false; error: string }

export async function saveKitAction(input: unknown): Promise<SaveKitResult> {
  const user = await getPortalUser()
  if (!user) return { ok: false, error: 'Your session has ended. Sign in again.' }
  if (!hasRole(user, 'clinician', 'admin')) return { ok: false, error: 'Only clinicians can save kits.' }
  const parsed = saveKitInput.safeParse(input)
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? 'The kit could not be saved.' }
  try {
    const kit = await saveKit({ payload: await getPayloadClient(), user, input: parsed.data })
    return { ok: true, kitId: kit.id, name: kit.name }
  } catch (error) {
    console.error('saveKitAction failed', error instanceof Error ? error.name : 'unknown error')
    return { ok: false, error: 'The kit could not be saved. Some sections may no longer exist; reload and try again.' }
  }
}
