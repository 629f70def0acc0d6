'use server'

import { redirect } from 'next/navigation'
import { z } from 'zod'

import { hasRole } from '@/access/roles'
import { getPortalUser } from '@/lib/auth/getPortalUser'
import { createHandout, HandoutInputError, UntranslatedSectionsChoiceError, WarningSignsOmittedError } from '@/lib/handouts/createHandout'
import { findTopicsToAdd, type TopicsToAdd } from '@/lib/handouts/findTopicsToAdd'
import { type BuilderTopic, loadBuilderTopics } from '@/lib/handouts/loadBuilderTopics'
import { prerenderHandoutPdf } from '@/lib/handouts/renderHandoutPdfResponse'
import { saveKit, saveKitInput } from '@/lib/kits/saveKit'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'

import { type BuilderFieldErrors, parseBuilderForm } from './builderForm'

export interface HandoutBuilderState {
  /** A problem with no field of its own (the session ended, the database failed). */
  error: string | null
  fieldErrors: BuilderFieldErrors
}

/**
 * Creates the handout and opens it. On any problem the builder stays as it
 * was (its fields are controlled on the client), with a message per field.
 */
export async function createHandoutAction(_previous: HandoutBuilderState, formData: FormData): Promise<HandoutBuilderState> {
  const user = await getPortalUser()
  if (!user) return { error: 'Your session has ended. Sign in again in another tab, then press Create handout: nothing here is lost.', fieldErrors: {} }

  const parsed = parseBuilderForm(formData)
  if (!parsed.ok) return { error: null, fieldErrors: parsed.fieldErrors }

  let handoutId: number
  try {
    const payload = await getPayloadClient()
    const handout = await createHandout({ payload, user, input: parsed.input, requireWarningSignsOrReason: true })
    handoutId = handout.id
    // Most handouts are printed at once: render while the clinician's browser follows the redirect.
    prerenderHandoutPdf({ payload, handout })
  } catch (error) {
    // Refused, not failed: the clinician answers on the form, which keeps everything typed and ticked.
    if (error instanceof WarningSignsOmittedError) return { error: null, fieldErrors: { warningSignsOmittedReason: error.message } }
    if (error instanceof UntranslatedSectionsChoiceError) return { error: null, fieldErrors: { untranslatedSections: error.message } }
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

/** The published topics matching a search in the builder's "Add another topic"; null when the session has ended. */
export async function findTopicsToAddAction(query: unknown): Promise<TopicsToAdd | null> {
  const user = await getPortalUser()
  if (!user) return null
  const parsed = z.string().max(200).safeParse(query)
  if (!parsed.success) return { topics: [], total: 0 }
  return findTopicsToAdd({ payload: await getPayloadClient(), user, query: parsed.data })
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
