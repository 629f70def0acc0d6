import type { Payload } from 'payload'

import type { PortalUser } from '@/lib/auth/portalUser'

/** Topics one handout starts with from the library: the builder takes this many (`?topic=`). */
export const MAX_PICKED_TOPICS = 20

const SLUG = /^[a-z0-9][a-z0-9-]{0,199}$/

/** `?topic=` as the library and the builder read it: slugs only, each once, in the order ticked, at most MAX_PICKED_TOPICS. */
export function parsePickedSlugs(raw: string | string[] | undefined): { slugs: string[]; dropped: number } {
  const all = [...new Set((raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]).map((slug) => slug.trim()).filter((slug) => SLUG.test(slug)))]
  return { slugs: all.slice(0, MAX_PICKED_TOPICS), dropped: Math.max(0, all.length - MAX_PICKED_TOPICS) }
}

/**
 * The titles of topics ticked in the library, in the order ticked: they
 * travel in the address from page to page and search to search, so a page
 * shows those ticked elsewhere (still ticked, to untick) beside its own
 * results. Published topics the user may read only; a slug that is no longer
 * one is left out.
 */
export async function findPickedTopics({
  payload,
  user,
  slugs,
}: {
  payload: Payload
  user: PortalUser
  slugs: string[]
}): Promise<Array<{ slug: string; title: string }>> {
  if (slugs.length === 0) return []
  const { docs } = await payload.find({
    collection: 'topics',
    user,
    overrideAccess: false,
    draft: false,
    where: { and: [{ _status: { equals: 'published' } }, { slug: { in: slugs } }] },
    limit: slugs.length,
    pagination: false,
    depth: 0,
    select: { slug: true, title: true },
  })
  const bySlug = new Map(docs.map((topic) => [topic.slug, topic.title]))
  return slugs.flatMap((slug) => {
    const title = bySlug.get(slug)
    return title === undefined ? [] : [{ slug, title }]
  })
}
