import { type Endpoint, headersWithCors, NotFound, type SanitizedConfig, UnauthorizedError } from 'payload'

/**
 * `DELETE /api/payload-preferences/:key` as Payload ships it answers 500 for
 * everyone (its single-row delete cannot filter on the polymorphic `user`
 * relationship on PostgreSQL). The same operation through the Local API:
 * the user's own row with that key, or 404.
 */
const deleteOwnPreference: Endpoint = {
  path: '/:key',
  method: 'delete',
  handler: async (req) => {
    const { payload, user } = req
    if (!user) throw new UnauthorizedError(req.t)
    const key = String(req.routeParams?.key ?? '')
    // Payload's own access rule for preferences keeps this to the user's rows.
    const { docs } = await payload.find({ collection: 'payload-preferences', where: { key: { equals: key } }, user, overrideAccess: false, depth: 0, limit: 1 })
    const preference = docs[0]
    if (!preference) throw new NotFound(req.t)
    await payload.delete({ collection: 'payload-preferences', id: preference.id, user, overrideAccess: false })
    return Response.json({ ...preference, message: req.t('general:deletedSuccessfully') }, { headers: headersWithCors({ headers: new Headers(), req }) })
  },
}

/** Swaps in `deleteOwnPreference` on Payload's own `payload-preferences` collection, which exists only once the config is sanitized. */
export function repairPreferenceDeletion(config: SanitizedConfig): SanitizedConfig {
  const preferences = config.collections.find((collection) => collection.slug === 'payload-preferences')
  if (preferences && Array.isArray(preferences.endpoints)) {
    preferences.endpoints = [deleteOwnPreference, ...preferences.endpoints.filter((endpoint) => !(endpoint.method === 'delete' && endpoint.path === '/:key'))]
  }
  return config
}
