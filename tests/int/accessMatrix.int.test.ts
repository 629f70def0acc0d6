import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import {
  ACTORS,
  type Actor,
  GLOBAL_OPERATIONS,
  globalGrantFor,
  type Grant,
  grantAllows,
  grantFor,
  MATRIX_COLLECTIONS,
  MATRIX_GLOBALS,
  type MatrixCollection,
  OPERATIONS,
} from '@/access/accessMatrix'
import type { PortalUser } from '@/lib/auth/portalUser'

import { createTestUser, findSeededTopic, getTestPayload } from './testPayload'
import { type MatrixFixtureKit, type MatrixSample, matrixFixtures, resaveGlobalData } from '../support/accessMatrixFixtures'

/**
 * Every cell of access/accessMatrix.ts (the README's table) replayed through
 * the Local API with `overrideAccess: false`, as route handlers call it.
 */
let payload: Payload
let kits: Record<MatrixCollection, MatrixFixtureKit>

beforeAll(async () => {
  payload = await getTestPayload()
  const topic = await findSeededTopic(payload)
  kits = await matrixFixtures(payload, { id: topic.id, sectionId: topic.sections[0]!.id! })
})

// Collections Payload adds itself (preferences, document locks, the migration log); each has its own access rules in Payload.
const PAYLOAD_INTERNAL_COLLECTIONS = ['payload-kv', 'payload-locked-documents', 'payload-preferences', 'payload-migrations']

describe('access matrix coverage', () => {
  it('lists every collection and global of payload.config.ts (add a row to access/accessMatrix.ts for a new one)', () => {
    const collections = payload.config.collections.map((collection) => collection.slug).filter((slug) => !PAYLOAD_INTERNAL_COLLECTIONS.includes(slug))
    expect(collections.sort()).toEqual([...MATRIX_COLLECTIONS].sort())
    expect(payload.config.globals.map((global) => global.slug).sort()).toEqual([...MATRIX_GLOBALS].sort())
  })
})

// One user per role and one bystander clinician for the whole file: creating users (PBKDF2) dominates the run time.
const users = new Map<string, Promise<PortalUser>>()
function cachedUser(key: string, role: Exclude<Actor, 'anonymous'>): Promise<PortalUser> {
  if (!users.has(key)) users.set(key, createTestUser(payload, [role], `Matrix ${key}`))
  return users.get(key)!
}
async function actorUser(actor: Actor): Promise<PortalUser | null> {
  return actor === 'anonymous' ? null : cachedUser(actor, actor)
}

type Outcome = 'allowed' | 'forbidden' | 'not found'
/** Allowed, or refused the way Payload refuses access; any other error (validation, a bug) fails the test. */
async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    return (await run()) ? 'allowed' : 'not found'
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403) return 'forbidden'
    if (status === 404) return 'not found'
    throw error
  }
}
/** `no` is refused outright (Forbidden); a row filtered out by an own/published/shared rule reads as absent (NotFound) or, for writes, Forbidden. */
function expectedOutcomes(grant: Grant, sample: MatrixSample): Outcome[] {
  if (grantAllows(grant, sample.traits)) return ['allowed']
  return grant === 'no' ? ['forbidden'] : ['forbidden', 'not found']
}

describe.each(MATRIX_COLLECTIONS)('access matrix (Local API): %s', (collection) => {
  const cells = OPERATIONS.flatMap((operation) => ACTORS.map((actor) => ({ operation, actor, grant: grantFor(collection, operation, actor) })))

  it.each(cells)('$operation by $actor: $grant', async ({ operation, actor, grant }) => {
    const kit = kits[collection]
    const user = await actorUser(actor)
    const other = await cachedUser('bystander', 'clinician')
    const as = { user: user ?? undefined, overrideAccess: false as const }

    if (operation === 'create') {
      expect(['yes', 'no'], 'a create cell is yes or no').toContain(grant)
      const { data, file } = await kit.createArgs(user, other)
      const outcome = await outcomeOf(() => payload.create({ collection, ...as, draft: kit.drafts, data: data as never, file }))
      expect(outcome).toBe(grant === 'yes' ? 'allowed' : 'forbidden')
      return
    }

    if (operation === 'delete') {
      const samples = await (kit.deleteSamples ?? kit.samples)(user, other)
      for (const sample of samples) {
        const outcome = await outcomeOf(() => payload.delete({ collection, id: sample.id, ...as }))
        expect(expectedOutcomes(grant, sample), sample.label).toContain(outcome)
        const stillThere = await payload.findByID({ collection, id: sample.id, overrideAccess: true, disableErrors: true, draft: kit.drafts })
        expect({ [sample.label]: Boolean(stillThere) }).toEqual({ [sample.label]: outcome !== 'allowed' })
      }
      return
    }

    const samples = await kit.samples(user, other)
    // Drafts are asked for explicitly (`draft: true`), the way a draft leak would be attempted.
    const draftOf = (sample: MatrixSample) => kit.drafts === true && !sample.traits.published
    for (const sample of samples) {
      const outcome = await outcomeOf(() =>
        operation === 'read'
          ? payload.findByID({ collection, id: sample.id, ...as, draft: draftOf(sample) })
          : payload.update({ collection, id: sample.id, ...as, draft: kit.drafts, data: kit.updateData as never }),
      )
      expect(expectedOutcomes(grant, sample), `${operation} ${sample.label}`).toContain(outcome)
    }
    if (operation === 'read' && kit.drafts) {
      // Versions hold drafts: only those who read every document (✅) may list them (`readVersions`).
      const versions = await outcomeOf(() => payload.findVersions({ collection, ...as, limit: 1 }))
      expect({ versions }).toEqual({ versions: grant === 'yes' ? 'allowed' : 'forbidden' })
    }
    if (operation === 'read') {
      // The list endpoint filters the same way (or refuses outright for `no`).
      const ids = samples.map((sample) => sample.id)
      const listed = await outcomeOf(() => payload.find({ collection, ...as, where: { id: { in: ids } }, limit: ids.length, pagination: false }))
      if (grant === 'no') {
        expect(listed).toBe('forbidden')
      } else {
        const { docs } = await payload.find({ collection, ...as, where: { id: { in: ids } }, limit: ids.length, pagination: false })
        const visible = samples.filter((sample) => grantAllows(grant, sample.traits)).map((sample) => sample.label)
        expect(samples.filter((sample) => docs.some((doc) => doc.id === sample.id)).map((sample) => sample.label)).toEqual(visible)
      }
    }
  })
})

describe.each(MATRIX_GLOBALS)('access matrix (Local API): global %s', (global) => {
  const cells = GLOBAL_OPERATIONS.flatMap((operation) => ACTORS.map((actor) => ({ operation, actor, grant: globalGrantFor(global, operation, actor) })))

  it.each(cells)('$operation by $actor: $grant', async ({ operation, actor, grant }) => {
    const user = await actorUser(actor)
    const as = { user: user ?? undefined, overrideAccess: false as const }
    const stored = await payload.findGlobal({ slug: global, overrideAccess: true, depth: 0 })
    const outcome = await outcomeOf(() =>
      operation === 'read'
        ? payload.findGlobal({ slug: global, ...as })
        : payload.updateGlobal({ slug: global, ...as, depth: 0, data: resaveGlobalData(stored) as never }),
    )
    expect(outcome).toBe(grant === 'yes' ? 'allowed' : 'forbidden')
  })
})
