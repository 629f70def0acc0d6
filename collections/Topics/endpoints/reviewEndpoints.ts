import { addDataAndFileToRequest, type Endpoint, headersWithCors, NotFound, type PayloadRequest } from 'payload'

import { type PortalUser, toPortalUser } from '@/lib/auth/portalUser'
import { requestTopicChanges } from '@/lib/topics/requestTopicChanges'
import { submitTopicForReview } from '@/lib/topics/submitTopicForReview'
import type { User } from '@/payload-types'

function topicIdFrom(req: PayloadRequest): number {
  const raw = String(req.routeParams?.id ?? '')
  if (!/^[1-9]\d{0,9}$/.test(raw)) throw new NotFound(req.t)
  return Number(raw)
}

function actorFrom(req: PayloadRequest): PortalUser | null {
  return req.user?.collection === 'users' ? toPortalUser(req.user as User) : null
}

function ok(req: PayloadRequest): Response {
  return Response.json({ message: req.t('general:success') }, { headers: headersWithCors({ headers: new Headers(), req }) })
}

/** `POST /api/topics/:id/submit-review`: an editor puts the draft in the reviewers' queue. */
export const submitForReviewEndpoint: Endpoint = {
  path: '/:id/submit-review',
  method: 'post',
  handler: async (req) => {
    const topicId = topicIdFrom(req)
    await submitTopicForReview({ payload: req.payload, user: actorFrom(req), topicId })
    return ok(req)
  },
}

/** `POST /api/topics/:id/request-changes` with `{ comment }`: a reviewer sends the draft back. */
export const requestChangesEndpoint: Endpoint = {
  path: '/:id/request-changes',
  method: 'post',
  handler: async (req) => {
    const topicId = topicIdFrom(req)
    await addDataAndFileToRequest(req)
    await requestTopicChanges({ payload: req.payload, user: actorFrom(req), topicId, comment: req.data?.comment })
    return ok(req)
  },
}
