import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { ACCESS_MATRIX, ACTORS, type Actor, type Grant, MATRIX_COLLECTIONS, type MatrixCollection, OPERATIONS } from '@/access/accessMatrix'
import type { PortalUser } from '@/lib/auth/portalUser'

import { expectedOnSamples, type MatrixFixtureKit, matrixFixtures } from '../support/accessMatrixFixtures'

import { createTestUser, findSeededTopic, getTestPayload } from './testPayload'

/**
 * Every cell of access/accessMatrix.ts (the README's table) replayed through
 * the Local API with `overrideAccess: false`, as route handlers call it.
 */
let payload: Payload
let kits: Record<MatrixCollection, MatrixFixtureKit>

beforeAll(async () => {
  payload = await getTestPayload()
  kits = matrixFixtures(payload, (await findSeededTopic(payload)).id)
})

// One user per role and one bystander for the whole file: creating users (PBKDF2) dominates the run time.
const users = new Map<string, Promise<PortalUser>>()
function cachedUser(key: string, role: Exclude<Actor, 'anonymous'>): Promise<PortalUser> {
  if (!users.has(key)) users.set(key, createTestUser(payload, [role]))
  return users.get(key)!
}
async function actorUser(actor: Actor): Promise<PortalUser | null> {
  return actor === 'anonymous' ? null : cachedUser(actor, actor)
}

async function succeeds(run: () => Promise<unknown>): Promise<boolean> {
  try {
    const result = await run()
    return result !== null && result !== undefined
  } catch {
    return false
  }
}

describe.each(MATRIX_COLLECTIONS)('access matrix (Local API): %s', (collection) => {
  const cells = OPERATIONS.flatMap((operation) => ACTORS.map((actor) => ({ operation, actor, grant: (ACCESS_MATRIX[collection][operation] as Record<Actor, Grant>)[actor] })))

  it.each(cells)('$operation by $actor: $grant', async ({ operation, actor, grant }) => {
    const kit = kits[collection]
    const user = await actorUser(actor)
    const other = await cachedUser('bystander', 'clinician')
    const as = { user: user ?? undefined, overrideAccess: false as const }

    if (operation === 'create') {
      const allowed = await succeeds(async () => payload.create({ collection, ...as, draft: kit.draft, data: (await kit.createData(user, other)) as never }))
      expect(allowed).toBe(grant === 'yes')
      return
    }
    if (operation === 'delete') {
      const id = await kit.disposable(user, other)
      const allowed = await succeeds(() => payload.delete({ collection, id, ...as }))
      expect(allowed).toBe(grant === 'yes')
      const stillThere = await payload.findByID({ collection, id, overrideAccess: true, disableErrors: true, draft: kit.draft })
      expect(Boolean(stillThere)).toBe(grant !== 'yes')
      return
    }

    const samples = await kit.samples(user, other)
    const expected = expectedOnSamples(grant)
    const attempt = (id: number) =>
      operation === 'read'
        ? succeeds(() => payload.findByID({ collection, id, ...as, draft: kit.draft && grant !== 'published' }))
        : succeeds(() => payload.update({ collection, id, ...as, draft: kit.draft, data: kit.updateData as never }))
    if (samples.mine !== null) expect({ mine: await attempt(samples.mine) }).toEqual({ mine: expected.mine })
    expect({ theirs: await attempt(samples.theirs) }).toEqual({ theirs: expected.theirs })
  })
})
