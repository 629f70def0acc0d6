import { type Endpoint, Forbidden, headersWithCors, NotFound } from 'payload'

import { isSameOrigin } from '@/lib/auth/isSameOrigin'
import { toPortalUser } from '@/lib/auth/portalUser'
import { generateEhrClientKey } from '@/lib/ehr/generateEhrClientKey'
import type { User } from '@/payload-types'

/**
 * `POST /api/ehr-clients/:id/key`: an admin generates (or rotates) the
 * client's Infobutton API key. The key is in this response only; the
 * database keeps its hash. Same-origin only: rotating a key from another site's page would cut the EHR off.
 */
export const generateKeyEndpoint: Endpoint = {
  path: '/:id/key',
  method: 'post',
  handler: async (req) => {
    const raw = String(req.routeParams?.id ?? '')
    if (!isSameOrigin(req)) throw new Forbidden(req.t)
    if (!/^[1-9]\d{0,9}$/.test(raw)) throw new NotFound(req.t)
    const user = req.user?.collection === 'users' ? toPortalUser(req.user as User) : null
    const generated = await generateEhrClientKey({ payload: req.payload, user, clientId: Number(raw) })
    const headers = headersWithCors({ headers: new Headers({ 'Cache-Control': 'no-store' }), req })
    return Response.json(generated, { headers })
  },
}
