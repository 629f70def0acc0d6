import { type Endpoint, NotFound, type PayloadRequest } from 'payload'

import { toPortalUser } from '@/lib/auth/portalUser'
import { publishedVersionToCompare } from '@/lib/topics/publishedVersionToCompare'
import type { User } from '@/payload-types'

function routeId(req: PayloadRequest, name: string): number {
  const raw = String(req.routeParams?.[name] ?? '')
  if (!/^[1-9]\d{0,9}$/.test(raw)) throw new NotFound(req.t)
  return Number(raw)
}

/**
 * `GET /api/topics/:id/compare-with-published/:versionId`: where the proxy
 * sends a version view opened without a comparison (lib/topics/versionCompareRedirect).
 * Answers with the admin's version view comparing with the published version,
 * or with `versionFrom` empty (Payload's previous version) when there is none
 * to pick; any other parameter is kept. Payload's admin then checks access as always.
 */
export const compareWithPublishedEndpoint: Endpoint = {
  path: '/:id/compare-with-published/:versionId',
  method: 'get',
  handler: async (req) => {
    const topicId = routeId(req, 'id')
    const versionId = routeId(req, 'versionId')
    const user = req.user?.collection === 'users' ? toPortalUser(req.user as User) : null
    const versionFrom = await publishedVersionToCompare({ payload: req.payload, user, topicId, versionId })
    const params = new URLSearchParams(req.searchParams)
    params.set('versionFrom', versionFrom === null ? '' : String(versionFrom))
    const location = `${req.payload.config.routes.admin}/collections/topics/${topicId}/versions/${versionId}?${params}`
    return new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } })
  },
}
