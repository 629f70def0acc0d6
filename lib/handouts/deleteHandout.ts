import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import type { PortalUser } from '@/lib/auth/portalUser'
import { forgetHandoutPdfs } from '@/lib/pdfCache/pdfCacheStore'

export class HandoutNotFoundError extends Error {
  override name = 'HandoutNotFoundError'
}

/**
 * Soft-deletes a handout: it disappears from its clinician's lists, pages,
 * PDFs and duplicates; the row stays for admins and the audit trail
 * (`handout.delete` is written by the collection hook in the same
 * transaction). Its patient links are revoked too, so nothing keeps serving it.
 */
export async function deleteHandout({
  payload,
  user,
  handoutId,
  now = new Date(),
}: {
  payload: Payload
  user: PortalUser
  handoutId: number
  now?: Date
}): Promise<void> {
  const req = await createLocalReq({ user }, payload)
  await initTransaction(req)
  try {
    // As the user: only the owner (or an admin) passes the update rule, and a deleted handout no longer does.
    const updated = await payload
      .update({ collection: 'handouts', id: handoutId, user, overrideAccess: false, data: { deletedAt: now.toISOString() }, req })
      .catch(() => null)
    if (!updated) throw new HandoutNotFoundError('That handout does not exist or is not yours.')
    // Links may have been made by an admin as well as the owner; the owner's right to delete covers them all.
    await payload.update({
      collection: 'share-links',
      where: { and: [{ handout: { equals: handoutId } }, { revokedAt: { exists: false } }] },
      data: { revokedAt: now.toISOString() },
      overrideAccess: true,
      req,
    })
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  await forgetHandoutPdfs(payload, handoutId)
}
