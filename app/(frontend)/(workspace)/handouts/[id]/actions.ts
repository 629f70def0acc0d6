'use server'

import { revalidatePath } from 'next/cache'
import { z } from 'zod'

import { getPortalUser } from '@/lib/auth/getPortalUser'
import { createShareLink, ShareLinkNotAllowedError } from '@/lib/share/createShareLink'
import { revokeShareLink } from '@/lib/share/revokeShareLink'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'

export type ShareLinkActionResult = { ok: true; path: string; expiresAt: string } | { ok: false; error: string }

const id = z.coerce.number().int().positive()

export async function createShareLinkAction(handoutId: number): Promise<ShareLinkActionResult> {
  const user = await getPortalUser()
  if (!user) return { ok: false, error: 'Your session has ended. Sign in again.' }
  const parsed = id.safeParse(handoutId)
  if (!parsed.success) return { ok: false, error: 'Unknown handout.' }
  try {
    const link = await createShareLink({ payload: await getPayloadClient(), user, handoutId: parsed.data })
    revalidatePath(`/handouts/${parsed.data}`)
    return { ok: true, path: link.path, expiresAt: link.expiresAt }
  } catch (error) {
    if (error instanceof ShareLinkNotAllowedError) return { ok: false, error: error.message }
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
