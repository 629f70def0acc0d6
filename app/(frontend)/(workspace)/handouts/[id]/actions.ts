'use server'

import { revalidatePath } from 'next/cache'
import { z } from 'zod'

import { getPortalUser } from '@/lib/auth/getPortalUser'
import { SHARE_ACCESS_CHECKS, type ShareAccessCheck } from '@/lib/share/accessCheck'
import { createShareLink, ShareLinkInputError, ShareLinkNotAllowedError } from '@/lib/share/createShareLink'
import { SHARE_LINK_VALIDITY_DAYS } from '@/lib/share/shareExpiry'
import { revokeShareLink } from '@/lib/share/revokeShareLink'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'

export type ShareLinkActionResult =
  | { ok: true; path: string; expiresAt: string; accessCheck: ShareAccessCheck; accessCode: string | null }
  | { ok: false; error: string }

const id = z.coerce.number().int().positive()

const shareOptions = z.object({
  validForDays: z.coerce
    .number()
    .refine((days): days is (typeof SHARE_LINK_VALIDITY_DAYS)[number] => (SHARE_LINK_VALIDITY_DAYS as readonly number[]).includes(days), 'Choose 7, 30 or 90 days.'),
  accessCheck: z.enum(SHARE_ACCESS_CHECKS),
  birthYear: z.string().trim().max(20).optional(),
})

export type ShareLinkOptions = z.input<typeof shareOptions>

export async function createShareLinkAction(handoutId: number, options: ShareLinkOptions = { validForDays: 30, accessCheck: 'none' }): Promise<ShareLinkActionResult> {
  const user = await getPortalUser()
  if (!user) return { ok: false, error: 'Your session has ended. Sign in again.' }
  const parsed = id.safeParse(handoutId)
  if (!parsed.success) return { ok: false, error: 'Unknown handout.' }
  const parsedOptions = shareOptions.safeParse(options)
  if (!parsedOptions.success) return { ok: false, error: parsedOptions.error.issues[0]?.message ?? 'Check the link options.' }
  try {
    const link = await createShareLink({ payload: await getPayloadClient(), user, handoutId: parsed.data, ...parsedOptions.data })
    revalidatePath(`/handouts/${parsed.data}`)
    return { ok: true, path: link.path, expiresAt: link.expiresAt, accessCheck: link.accessCheck, accessCode: link.accessCode }
  } catch (error) {
    if (error instanceof ShareLinkNotAllowedError || error instanceof ShareLinkInputError) return { ok: false, error: error.message }
    console.error('createShareLinkAction failed', error instanceof Error ? error.name : 'unknown error')
    return { ok: false, error: 'The link could not be created. Try again in a moment.' }
  }
}

export async function revokeShareLinkAction(handoutId: number, shareLinkId: number): Promise<{ ok: boolean; error?: string }> {
  const user = await getPortalUser()
  if (!user) return { ok: false, error: 'Your session has ended. Sign in again.' }
  const parsed = id.safeParse(shareLinkId)
  if (!parsed.success) return { ok: false, error: 'Unknown link.' }
  try {
    await revokeShareLink({ payload: await getPayloadClient(), user, shareLinkId: parsed.data })
    revalidatePath(`/handouts/${handoutId}`)
    return { ok: true }
  } catch {
    return { ok: false, error: 'The link could not be revoked. It may belong to someone else.' }
  }
}
