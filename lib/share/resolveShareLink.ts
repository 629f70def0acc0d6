import type { Payload } from 'payload'

import { type Locale, localeOf } from '@/lib/i18n/locales'
import { relationId } from '@/lib/payload/relationId'
import type { Handout, ShareLink } from '@/payload-types'

import { findShareLinkByToken } from './findShareLinkByToken'
import { shareLinkStatus } from './shareLinkStatus'

/** A link as read server-side, with the hash the patient checks are bound to. */
export type ResolvedLink = ShareLink & { tokenHash: string }

/** A link that shows no handout still knows the handout's language, for the page that says why. */
export type ResolvedShareLink =
  | { status: 'ok'; link: ResolvedLink; handout: Handout }
  | { status: 'expired'; link: ResolvedLink; locale: Locale }
  | { status: 'revoked'; link: ResolvedLink; locale: Locale }
  | { status: 'blocked'; link: ResolvedLink; locale: Locale }
  | { status: 'not-found' }

/** Only the language of a handout the patient may no longer see (a deleted one included): nothing else is read. */
async function handoutLocale(payload: Payload, handoutId: number): Promise<Locale> {
  const handout = await payload.findByID({
    collection: 'handouts',
    id: handoutId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { language: true },
  })
  return localeOf(handout?.language)
}

/**
 * Finds the handout behind a patient's link. The patient has no account: the
 * token itself is the credential, so this is the one place that reads
 * handouts with access control overridden, and only by the token's hash.
 * Read fresh on every request: a revocation takes effect on the next one.
 */
export async function resolveShareLink({ payload, token, now = new Date() }: { payload: Payload; token: string; now?: Date }): Promise<ResolvedShareLink> {
  const link: ResolvedLink | null = await findShareLinkByToken({ payload, token })
  if (!link) return { status: 'not-found' }
  // Each way a link stops working is told apart: the patient is told honestly which it was (patientPages.ts).
  const status = shareLinkStatus(link, now)
  const handoutId = relationId(link.handout)
  if (status !== 'active') return { status, link, locale: await handoutLocale(payload, handoutId) }

  const handout = await payload.findByID({ collection: 'handouts', id: handoutId, depth: 0, overrideAccess: true, disableErrors: true })
  if (!handout) return { status: 'not-found' }
  // `deleteHandout` revokes the links, but a soft delete through the API (PATCH `deletedAt`) does not: check here, where the
  // handout is served. To the patient it is the same as a revoked link: the clinic took the handout back.
  if (handout.deletedAt) return { status: 'revoked', link, locale: localeOf(handout.language) }
  return { status: 'ok', link, handout }
}
