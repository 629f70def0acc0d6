import { addDataAndFileToRequest, type Endpoint, headersWithCors, NotFound, type PayloadRequest } from 'payload'

import { type PortalUser, toPortalUser } from '@/lib/auth/portalUser'
import { isLocale, type Locale } from '@/lib/i18n/locales'
import { approveTranslation } from '@/lib/translation/approveTranslation'
import { loadSideBySide } from '@/lib/translation/sideBySide'
import { submitTranslationForReview } from '@/lib/translation/submitTranslationForReview'
import { exportTopicTranslation, importTopicTranslation } from '@/lib/translation/topicXliff'
import { TranslationWorkflowError } from '@/lib/translation/translationWorkflowError'
import { MAX_XLIFF_BYTES } from '@/lib/translation/xliffExchange'
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

/** `GET /api/topics/:id/translations/:locale/xliff`: the topic's text as an XLIFF 2.0 file for a translator. */
export const exportXliffEndpoint: Endpoint = {
  path: '/:id/translations/:locale/xliff',
  method: 'get',
  handler: async (req) => {
    const { topicId, locale, user } = translationRequest(req)
    const { fileName, xml } = await exportTopicTranslation({ payload: req.payload, user, topicId, locale })
    const headers = headersWithCors({ headers: new Headers(), req })
    headers.set('content-type', 'application/xliff+xml; charset=utf-8')
    headers.set('content-disposition', `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`)
    headers.set('cache-control', 'no-store')
    return new Response(xml, { headers })
  },
}

/**
 * `POST /api/topics/:id/translations/:locale/xliff`, multipart with `file` and
 * `translatedBy` (human | machine): a translated file back into the draft.
 */
export const importXliffEndpoint: Endpoint = {
  path: '/:id/translations/:locale/xliff',
  method: 'post',
  handler: async (req) => {
    const { topicId, locale, user } = translationRequest(req)
    await addDataAndFileToRequest(req)
    const translatedBy = req.data?.translatedBy
    if (translatedBy !== 'human' && translatedBy !== 'machine') {
      throw new TranslationWorkflowError('Say who translated the file: a human translator or a machine.', 400, 'xliff-refused')
    }
    const file = req.file?.data
    if (!file || file.length === 0) throw new TranslationWorkflowError('Choose the translated XLIFF file to import.', 400, 'xliff-refused')
    if (file.length > MAX_XLIFF_BYTES)
      throw new TranslationWorkflowError('The file is larger than 2 MB: it cannot be a translation of one topic.', 413, 'xliff-refused')
    const { texts } = await importTopicTranslation({ payload: req.payload, user, topicId, locale, file: new Uint8Array(file), translatedBy })
    return json(req, { message: `Imported ${texts} texts as a draft. Check them, then submit the translation for review.` })
  },
}
