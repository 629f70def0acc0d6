import { addDataAndFileToRequest, type Endpoint, headersWithCors, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { type PortalUser, toPortalUser } from '@/lib/auth/portalUser'
import { ContentPackError } from '@/lib/contentPacks/contentPackError'
import { PACK_LIMITS } from '@/lib/contentPacks/contentPackFormat'
import { exportContentPack } from '@/lib/contentPacks/exportContentPack'
import { importContentPack } from '@/lib/contentPacks/importContentPack'
import type { User } from '@/payload-types'

function signedInUser(req: PayloadRequest): PortalUser {
  if (req.user?.collection !== 'users') throw new ContentPackError('Sign in as an admin to exchange content packs.', 401, 'admin-only')
  return toPortalUser(req.user as User)
}

const topicIdsSchema = z
  .string()
  .regex(/^[1-9]\d{0,9}(?:,[1-9]\d{0,9})*$/u)
  .transform((value) => value.split(',').map(Number))

/** `GET /api/topics/content-packs/export?topics=1,2,3`: the chosen topics' published versions as a content pack (zip). */
export const exportContentPackEndpoint: Endpoint = {
  path: '/content-packs/export',
  method: 'get',
  handler: async (req) => {
    const user = signedInUser(req)
    const parsed = topicIdsSchema.safeParse(req.searchParams.get('topics') ?? '')
    if (!parsed.success) throw new ContentPackError('Choose the topics to export (topic ids, separated by commas).', 400, 'no-topics-chosen')
    const pack = await exportContentPack({ payload: req.payload, user, topicIds: parsed.data })
    const headers = headersWithCors({ headers: new Headers(), req })
    headers.set('content-type', 'application/zip')
    headers.set('content-disposition', `attachment; filename="${pack.fileName}"`)
    headers.set('cache-control', 'no-store')
    return new Response(new Uint8Array(pack.bytes), { headers })
  },
}

/** `POST /api/topics/content-packs/import`, multipart with `file`: another clinic's pack in as drafts; answers the summary. */
export const importContentPackEndpoint: Endpoint = {
  path: '/content-packs/import',
  method: 'post',
  handler: async (req) => {
    const user = signedInUser(req)
    await addDataAndFileToRequest(req)
    const file = req.file?.data
    if (!file || file.length === 0) throw new ContentPackError('Choose the content pack (.zip) to import.', 400, 'pack-refused')
    if (file.length > PACK_LIMITS.packBytes) {
      throw new ContentPackError(`The file is larger than ${PACK_LIMITS.packBytes / 1024 / 1024} MB: it cannot be a content pack.`, 413, 'pack-refused')
    }
    const summary = await importContentPack({ payload: req.payload, user, bytes: new Uint8Array(file) })
    return Response.json(summary, { headers: headersWithCors({ headers: new Headers(), req }) })
  },
}
