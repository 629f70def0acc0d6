import crypto from 'node:crypto'

import { getPayload, type Payload, type RequiredDataFromCollectionSlug } from 'payload'

import type { Role } from '@/access/roles'
import { type PortalUser, toPortalUser } from '@/lib/auth/portalUser'
import { committedMigrations } from '@/lib/db/committedMigrations'
import { seedDemoContent } from '@/lib/seed/seedDemoContent'
import type { Topic } from '@/payload-types'

let ready: Promise<Payload> | undefined

/** Payload on the run's throwaway database, migrated and seeded once. */
export function getTestPayload(): Promise<Payload> {
  ready ??= (async () => {
    const { default: config } = await import('@payload-config')
    const payload = await getPayload({ config })
    await payload.db.migrate({ migrations: committedMigrations })
    await seedDemoContent({ payload, demoAccounts: true })
    return payload
  })()
  return ready
}

/** A unique user per call, so tests never depend on each other's data. */
export async function createTestUser(payload: Payload, roles: Role[], name = 'Test User'): Promise<PortalUser> {
  const email = `${roles.join('-')}-${crypto.randomBytes(5).toString('hex')}@test.careleaf.local`
  const user = await payload.create({ collection: 'users', overrideAccess: true, data: { email, password: 'int-test-password-123', name, roles } })
  return toPortalUser(user)
}

export async function findSeededTopic(payload: Payload) {
  const { docs } = await payload.find({ collection: 'topics', where: { slug: { equals: 'upper-back-pain-during-sleep' } }, overrideAccess: true, limit: 1 })
  const topic = docs[0]
  if (!topic) throw new Error('seeded topic missing')
  return topic
}

/**
 * A finished PEMAT-P rating agreeing with every item, for test topics that a
 * reviewer publishes without meaning to test PEMAT-P: without one, the
 * "rating not finished" flag would need accepting first.
 */
export const AGREED_PEMAT_RATING = {
  answers: Object.fromEntries(
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26].map((item) => [`${item}`, { answer: 'agree' }]),
  ),
}

/** The PEMAT-P flags a short, unrated test topic raises; a reviewer publishing it knowingly accepts them. */
export const PEMAT_FLAGS = ['pemat-incomplete', 'pemat-understandability-low', 'pemat-actionability-low'] as const

/**
 * A topic saved as a draft by `user` (a reviewer), then published accepting
 * exactly the flags that draft raises, as a reviewer would for a short test
 * topic: only raised flags may be accepted, and which those are depends on
 * the text.
 */
export async function createPublishedTopic(
  payload: Payload,
  user: PortalUser,
  data: Omit<RequiredDataFromCollectionSlug<'topics'>, '_status'>,
): Promise<Topic> {
  const draft = await payload.create({ collection: 'topics', user, overrideAccess: false, draft: true, data: { ...data, _status: 'draft' } })
  return payload.update({
    collection: 'topics',
    id: draft.id,
    user,
    overrideAccess: false,
    data: { _status: 'published', acknowledgedFlags: draft.qualityFlags ?? [] },
  })
}
