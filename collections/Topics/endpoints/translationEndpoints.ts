import { addDataAndFileToRequest, type Endpoint, headersWithCors, NotFound, type PayloadRequest } from 'payload'

import { type PortalUser, toPortalUser } from '@/lib/auth/portalUser'
import { isLocale, type Locale } from '@/lib/i18n/locales'
import { approveTranslation } from '@/lib/translation/approveTranslation'
import { loadSideBySide } from '@/lib/translation/sideBySide'
import { submitTranslationForReview } from '@/lib/translation/submitTranslationForReview'
import { TranslationWorkflowError } from '@/lib/translation/translationWorkflowError'
import type { User } from '@/payload-types'

interface TranslationRequest {
  topicId: number
  locale: Locale
  user: PortalUser
}

/** The topic id and language from the path, and the signed-in staff member; 404 for anything else (as for a topic one cannot read). */
function translationRequest(req: PayloadRequest): TranslationRequest {
  const raw = String(req.routeParams?.id ?? '')
  const locale = req.routeParams?.locale
  if (!/^[1-9]\d{0,9}$/.test(raw) || !isLocale(locale)) throw new NotFound(req.t)
  if (req.user?.collection !== 'users') throw new TranslationWorkflowError('Sign in to work on translations.', 401, 'content-staff-only')
  return { topicId: Number(raw), locale, user: toPortalUser(req.user as User) }
}

function json(req: PayloadRequest, body: unknown): Response {
  return Response.json(body, { headers: headersWithCors({ headers: new Headers(), req }) })
}

/** `GET /api/topics/:id/translations/:locale`: the English and the translation, text by text, with where the translation stands. */
export const sideBySideEndpoint: Endpoint = {
  path: '/:id/translations/:locale',
  method: 'get',
  handler: async (req) => {
    const { topicId, locale, user } = translationRequest(req)
    return json(req, await loadSideBySide({ payload: req.payload, user, topicId, locale }))
  },
}

/** `POST /api/topics/:id/translations/:locale/submit-review`: an editor hands a finished translation to the reviewers. */
export const submitTranslationEndpoint: Endpoint = {
  path: '/:id/translations/:locale/submit-review',
  method: 'post',
  handler: async (req) => {
    const { topicId, locale, user } = translationRequest(req)
    await submitTranslationForReview({ payload: req.payload, user, topicId, locale })
    return json(req, { message: 'Submitted for review.' })
  },
}

/** `POST /api/topics/:id/translations/:locale/approve` with `{ sideBySideReviewed }`: a reviewer approves and publishes it. */
export const approveTranslationEndpoint: Endpoint = {
  path: '/:id/translations/:locale/approve',
  method: 'post',
  handler: async (req) => {
    const { topicId, locale, user } = translationRequest(req)
    await addDataAndFileToRequest(req)
    await approveTranslation({ payload: req.payload, user, topicId, locale, sideBySideReviewed: req.data?.sideBySideReviewed === true })
    return json(req, { message: 'Approved and published.' })
  },
}
