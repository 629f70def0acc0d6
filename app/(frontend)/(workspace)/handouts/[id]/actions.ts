'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { z } from 'zod'

import { getPortalUser } from '@/lib/auth/getPortalUser'
import { HandoutInputError } from '@/lib/handouts/createHandout'
import { deleteHandout, HandoutNotFoundError } from '@/lib/handouts/deleteHandout'
import { prerenderShareLinkPrintout } from '@/lib/handouts/downloadHandoutPdf'
import { refreshHandout } from '@/lib/handouts/refreshHandout'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'
import { SHARE_ACCESS_CHECKS, type ShareAccessCheck } from '@/lib/share/accessCheck'
import { clinicDefaultAccessCheck } from '@/lib/share/clinicDefaultAccessCheck'
import { createShareLink, ShareLinkInputError, ShareLinkNotAllowedError } from '@/lib/share/createShareLink'
import { revokeShareLink } from '@/lib/share/revokeShareLink'
import { SHARE_LINK_VALIDITY_DAYS } from '@/lib/share/shareExpiry'
import { configuredShareUrlFor } from '@/lib/share/shareUrl'
import { recordTeachBack, TeachBackInputError, TeachBackNotAllowedError } from '@/lib/teachBack/recordTeachBack'
import { TEACH_BACK_NOTE_MAX_LENGTH, TEACH_BACK_OUTCOMES, type TeachBackOutcome } from '@/lib/teachBack/teachBackOutcomes'

export type ShareLinkActionResult =
  { ok: true; path: string; expiresAt: string; accessCheck: ShareAccessCheck; accessCode: string | null } | { ok: false; error: string }

const id = z.coerce.number().int().positive()

const shareOptions = z.object({
  validForDays: z.coerce
    .number()
    .refine(
      (days): days is (typeof SHARE_LINK_VALIDITY_DAYS)[number] => (SHARE_LINK_VALIDITY_DAYS as readonly number[]).includes(days),
      'Choose 7, 30 or 90 days.',
    ),
  // Omitted: the clinic's default (Clinic → Patient check on new links).
  accessCheck: z.enum(SHARE_ACCESS_CHECKS).optional(),
  birthYear: z.string().trim().max(20).optional(),
  // Length is checked with a clear message by createShareLink; this only bounds the input.
  label: z.string().max(500).optional(),
})

export type ShareLinkOptions = z.input<typeof shareOptions>

export async function createShareLinkAction(handoutId: number, options: ShareLinkOptions = { validForDays: 30 }): Promise<ShareLinkActionResult> {
  const user = await getPortalUser()
  if (!user) return { ok: false, error: 'Your session has ended. Sign in again.' }
  const parsed = id.safeParse(handoutId)
  if (!parsed.success) return { ok: false, error: 'Unknown handout.' }
  const parsedOptions = shareOptions.safeParse(options)
  if (!parsedOptions.success) return { ok: false, error: parsedOptions.error.issues[0]?.message ?? 'Check the link options.' }
  try {
    const payload = await getPayloadClient()
    const accessCheck = parsedOptions.data.accessCheck ?? (await clinicDefaultAccessCheck(payload))
    const link = await createShareLink({ payload, user, handoutId: parsed.data, ...parsedOptions.data, accessCheck })
    const token = link.path.slice('/p/'.length)
    const shareUrl = configuredShareUrlFor(token)
    // Without a configured public URL the printout's address comes from its own request, so it cannot be known here.
    if (shareUrl) void prerenderShareLinkPrintout({ payload, user, handoutId: parsed.data, link: { token, accessCode: link.accessCode, shareUrl } })
    revalidatePath(`/handouts/${parsed.data}`)
    return { ok: true, path: link.path, expiresAt: link.expiresAt, accessCheck: link.accessCheck, accessCode: link.accessCode }
  } catch (error) {
    if (error instanceof ShareLinkNotAllowedError || error instanceof ShareLinkInputError) return { ok: false, error: error.message }
    console.error('createShareLinkAction failed', error instanceof Error ? error.name : 'unknown error')
    return { ok: false, error: 'The link could not be created. Try again in a moment.' }
  }
}

export type RevokeShareLinkState = { error: string } | null

const revokeForm = z.object({ handoutId: id, shareLinkId: id })

/**
 * The confirmed revoke form (it works before the page's JavaScript loads):
 * revokes, then shows the handout again with the link marked "Revoked".
 */
export async function revokeShareLinkAction(_previous: RevokeShareLinkState, formData: FormData): Promise<RevokeShareLinkState> {
  const user = await getPortalUser()
  if (!user) return { error: 'Your session has ended. Sign in again.' }
  const parsed = revokeForm.safeParse({ handoutId: formData.get('handoutId'), shareLinkId: formData.get('shareLinkId') })
  if (!parsed.success) return { error: 'Unknown link.' }
  try {
    await revokeShareLink({ payload: await getPayloadClient(), user, shareLinkId: parsed.data.shareLinkId })
  } catch {
    return { error: 'The link could not be revoked. It may belong to someone else.' }
  }
  revalidatePath(`/handouts/${parsed.data.handoutId}`)
  redirect(`/handouts/${parsed.data.handoutId}`)
}

export type HandoutActionResult = { ok: false; error: string }

/** Makes a new revision of the handout from the topics' current published versions, then opens it. */
export async function refreshHandoutAction(handoutId: number): Promise<HandoutActionResult> {
  const user = await getPortalUser()
  if (!user) return { ok: false, error: 'Your session has ended. Sign in again.' }
  const parsed = id.safeParse(handoutId)
  if (!parsed.success) return { ok: false, error: 'Unknown handout.' }
  let newId: number
  try {
    const { handout } = await refreshHandout({ payload: await getPayloadClient(), user, handoutId: parsed.data })
    newId = handout.id
  } catch (error) {
    if (error instanceof HandoutInputError) return { ok: false, error: error.message }
    console.error('refreshHandoutAction failed', error instanceof Error ? error.name : 'unknown error')
    return { ok: false, error: 'The handout could not be refreshed. Try again in a moment.' }
  }
  redirect(`/handouts/${newId}?refreshed=1`)
}

/** Soft-deletes the handout (and revokes its links), then returns to the list. */
export async function deleteHandoutAction(handoutId: number): Promise<HandoutActionResult> {
  const user = await getPortalUser()
  if (!user) return { ok: false, error: 'Your session has ended. Sign in again.' }
  const parsed = id.safeParse(handoutId)
  if (!parsed.success) return { ok: false, error: 'Unknown handout.' }
  try {
    await deleteHandout({ payload: await getPayloadClient(), user, handoutId: parsed.data })
  } catch (error) {
    if (error instanceof HandoutNotFoundError) return { ok: false, error: error.message }
    console.error('deleteHandoutAction failed', error instanceof Error ? error.name : 'unknown error')
    return { ok: false, error: 'The handout could not be deleted. Try again in a moment.' }
  }
  revalidatePath('/handouts')
  redirect('/handouts?deleted=1')
}

export type RecordTeachBackState = { error: string } | null

const teachBackForm = z.object({
  handoutId: id,
  outcome: z.enum(TEACH_BACK_OUTCOMES.map((outcome) => outcome.value) as [TeachBackOutcome, ...TeachBackOutcome[]], {
    error: 'Choose what the patient did.',
  }),
  // Length is checked with a clear message by recordTeachBack; this only bounds the input.
  note: z.string().max(5000, `Keep the note to ${TEACH_BACK_NOTE_MAX_LENGTH} characters.`).optional(),
})

/**
 * The teach-back form on the handout page (a plain form: it works before, or
 * without, the page's JavaScript): records the outcome, then shows the
 * handout again with it.
 */
export async function recordTeachBackAction(_previous: RecordTeachBackState, formData: FormData): Promise<RecordTeachBackState> {
  const user = await getPortalUser()
  if (!user) return { error: 'Your session has ended. Sign in again.' }
  const parsed = teachBackForm.safeParse({
    handoutId: formData.get('handoutId'),
    outcome: formData.get('outcome') ?? undefined,
    note: formData.get('note') ?? undefined,
  })
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'Check the form.' }
  try {
    await recordTeachBack({ payload: await getPayloadClient(), user, ...parsed.data })
  } catch (error) {
    if (error instanceof TeachBackNotAllowedError || error instanceof TeachBackInputError) return { error: error.message }
    console.error('recordTeachBackAction failed', error instanceof Error ? error.name : 'unknown error')
    return { error: 'The teach-back could not be recorded. Try again in a moment.' }
  }
  revalidatePath(`/handouts/${parsed.data.handoutId}`)
  revalidatePath('/handouts')
  redirect(`/handouts/${parsed.data.handoutId}?teachBack=recorded`)
}
