import crypto from 'node:crypto'

import type { File as PayloadFile, Payload } from 'payload'
import sharp from 'sharp'

import type { MatrixCollection, SampleTraits } from '../../access/accessMatrix'
import type { PortalUser } from '../../lib/auth/portalUser'
import { paragraphsToRichText } from '../../lib/content/lexical'
import { relationId } from '../../lib/payload/relationId'
import type { TextSectionBlock } from '../../payload-types'

/**
 * Sample documents for the Local API access-matrix test, one kit per
 * collection of access/accessMatrix.ts (the Record type makes a missing one a
 * type error). Each sample says what it is relative to the actor (`traits`);
 * `grantAllows` in the matrix module turns a cell and the traits into the
 * expected outcome, so the fixtures never state the answer themselves.
 */
export interface MatrixSample {
  label: string
  id: number
  traits: SampleTraits
}

export interface MatrixFixtureKit {
  /** Documents to read and update: the actor's own (when signed in), someone else's, and the nuanced ones (draft, shared, soft-deleted). */
  samples(actor: PortalUser | null, other: PortalUser): Promise<MatrixSample[]>
  /** Fresh documents to try deleting; defaults to `samples`. */
  deleteSamples?(actor: PortalUser | null, other: PortalUser): Promise<MatrixSample[]>
  createArgs(actor: PortalUser | null, other: PortalUser): Promise<{ data: Record<string, unknown>; file?: PayloadFile }>
  updateData: Record<string, unknown>
  /** Topics have drafts: read and write them as the admin UI does (`draft: true`). */
  drafts?: boolean
}

/**
 * The body for a global's update cell: its stored values, saved back. Field
 * validation still runs, nothing changes for the tests that run later (the
 * patient page shows the seeded clinic phone), and a new global needs no entry.
 */
const GLOBAL_SYSTEM_FIELDS = new Set(['id', 'globalType', 'createdAt', 'updatedAt'])
export function resaveGlobalData(stored: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(stored).filter(([name]) => !GLOBAL_SYSTEM_FIELDS.has(name)))
}

const body = paragraphsToRichText(['Matrix.']) as TextSectionBlock['body']
const random = () => crypto.randomBytes(5).toString('hex')
const inADay = () => new Date(Date.now() + 86_400_000).toISOString()

export async function matrixFixtures(payload: Payload, topic: { id: number; sectionId: string }): Promise<Record<MatrixCollection, MatrixFixtureKit>> {
  // One small real PNG, reused: Media's upload hook sniffs the bytes.
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#0b5450' } })
    .png()
    .toBuffer()
  const imageFile = (): PayloadFile => ({ data: png, mimetype: 'image/png', name: `matrix-${random()}.png`, size: png.length })
  const system = { overrideAccess: true } as const

  const topicDoc = (status: 'published' | 'draft') =>
    payload
      .create({
        collection: 'topics',
        ...system,
        draft: (status === 'draft') as true,
        data: {
          title: `Matrix ${status} ${random()}`,
          summary: 'Matrix test.',
          mainMessage: 'Matrix test.',
          sections: [{ blockType: 'text', heading: 'Only', body }],
          _status: status,
        },
      })
      .then((doc) => doc.id)
  const category = () => {
    const name = `Matrix ${random()}`
    return payload
      .create({ collection: 'categories', ...system, data: { name, slug: name.toLowerCase().replace(' ', '-'), kind: 'specialty' } })
      .then((doc) => doc.id)
  }
  const media = () => payload.create({ collection: 'media', ...system, data: { alt: 'A matrix test square' }, file: imageFile() }).then((doc) => doc.id)
  const handoutData = (ownerId: number | undefined) => ({
    title: 'Matrix handout',
    patientName: 'Matrix Patient',
    clinician: ownerId,
    sections: [{ topic: topic.id, topicTitle: 'T', sectionId: 's', heading: 'H', body }],
  })
  const handout = (owner: PortalUser, deleted = false) =>
    payload
      .create({ collection: 'handouts', ...system, data: { ...handoutData(owner.id), deletedAt: deleted ? new Date().toISOString() : undefined } as never })
      .then((doc) => doc.id)
  const kitData = (sharedWithClinic: boolean) => ({
    name: `Matrix kit ${random()}`,
    sharedWithClinic,
    items: [{ topic: topic.id, sectionId: topic.sectionId }],
  })
  const kit = (owner: PortalUser, sharedWithClinic = false) =>
    payload.create({ collection: 'kits', ...system, data: { ...kitData(sharedWithClinic), owner: owner.id } }).then((doc) => doc.id)
  const shareLinkData = async (owner: PortalUser) => {
    const hash = crypto.randomBytes(32).toString('hex')
    return {
      handout: await handout(owner),
      createdBy: owner.id,
      tokenHash: hash,
      tokenId: hash.slice(0, 10),
      expiresAt: inADay(),
      accessCheck: 'none' as const,
      openCount: 0,
      pdfDownloadCount: 0,
    }
  }
  const shareLink = async (owner: PortalUser) =>
    payload.create({ collection: 'share-links', ...system, data: await shareLinkData(owner) }).then((doc) => doc.id)
  const guardData = async (owner: PortalUser) => ({ link: await shareLink(owner), recentFailures: [], lockouts: 0 })
  const guard = async (owner: PortalUser) =>
    payload.create({ collection: 'share-access-guards', ...system, data: await guardData(owner) }).then((doc) => doc.id)
  const answerData = async (owner: PortalUser) => {
    const link = await shareLink(owner)
    const linkDoc = await payload.findByID({ collection: 'share-links', id: link, ...system, depth: 0 })
    return { link, handout: relationId(linkDoc.handout), questionId: `q-${random()}`, checksSection: 's1', answer: 'true', correct: true }
  }
  const answer = async (owner: PortalUser) =>
    payload.create({ collection: 'teach-back-answers', ...system, data: await answerData(owner) }).then((doc) => doc.id)
  const ehrClient = () =>
    payload.create({ collection: 'ehr-clients', ...system, data: { name: `Matrix EHR ${random()}`, rateLimitPerMinute: 120 } }).then((doc) => doc.id)
  const ehrUsage = async () =>
    payload
      .create({ collection: 'ehr-client-usage', ...system, data: { client: await ehrClient(), day: '2026-12-01', infobuttonCalls: 1, cdsHooksCalls: 0 } })
      .then((doc) => doc.id)
  const deliveryData = async (owner: PortalUser) => ({ handout: await handout(owner), requestedBy: owner.id, status: 'pending' as const, attempts: 0 })
  const delivery = async (owner: PortalUser) =>
    payload.create({ collection: 'fhir-deliveries', ...system, data: await deliveryData(owner) }).then((doc) => doc.id)
  const rateLimitData = () => ({ bucket: `matrix-${random()}`, hits: 1, expiresAt: inADay() })
  const rateLimit = () => payload.create({ collection: 'share-rate-limits', ...system, data: rateLimitData() }).then((doc) => doc.id)
  const user = () =>
    payload
      .create({
        collection: 'users',
        ...system,
        data: { email: `matrix-${random()}@test.careleaf.local`, password: 'matrix-test-password-123', name: 'Matrix', roles: ['clinician'] },
      })
      .then((doc) => doc.id)
  const auditEvent = (actor: PortalUser | null) =>
    payload.create({ collection: 'audit-events', ...system, data: { action: 'auth.fail', actor: actor?.id ?? null } }).then((doc) => doc.id)

  // A clinician an admin marked as sharing with the clinic: colleagues read (never change) their live handouts.
  let sharer: Promise<PortalUser> | undefined
  const sharingClinician = () =>
    (sharer ??= payload
      .create({
        collection: 'users',
        ...system,
        data: {
          email: `matrix-sharer-${random()}@test.careleaf.local`,
          password: 'matrix-test-password-123',
          name: 'Matrix sharer',
          roles: ['clinician'],
          sharesHandoutsWithClinic: true,
        },
      })
      .then((doc) => ({ ...doc, collection: 'users' as const })))

  const own = async (
    actor: PortalUser | null,
    label: string,
    make: (actor: PortalUser) => Promise<number>,
    traits: SampleTraits = {},
  ): Promise<MatrixSample[]> => (actor ? [{ label, id: await make(actor), traits: { ownedByActor: true, ...traits } }] : [])

  return {
    topics: {
      samples: async () => [
        { label: 'published topic', id: await topicDoc('published'), traits: { published: true } },
        { label: 'draft topic', id: await topicDoc('draft'), traits: {} },
      ],
      createArgs: async () => ({
        data: { title: `Matrix new ${random()}`, summary: 'New.', sections: [{ blockType: 'text', heading: 'Only', body }], _status: 'draft' },
      }),
      updateData: { summary: 'Changed by the access matrix test.' },
      drafts: true,
    },
    categories: {
      samples: async () => [{ label: 'category', id: await category(), traits: {} }],
      createArgs: async () => ({ data: { name: `Matrix new ${random()}`, kind: 'bodyRegion' } }),
      updateData: { name: 'Renamed by the access matrix test' },
    },
    media: {
      samples: async () => [{ label: 'image', id: await media(), traits: {} }],
      createArgs: async () => ({ data: { alt: 'A new matrix test square' }, file: imageFile() }),
      updateData: { alt: 'Described again by the access matrix test' },
    },
    handouts: {
      samples: async (actor, other) => [
        ...(await own(actor, 'own handout', (owner) => handout(owner))),
        ...(await own(actor, 'own soft-deleted handout', (owner) => handout(owner, true), { deleted: true })),
        { label: "another clinician's handout", id: await handout(other), traits: {} },
        { label: 'handout of a clinician who shares with the clinic', id: await handout(await sharingClinician()), traits: { ownerSharesWithClinic: true } },
        {
          label: 'soft-deleted handout of a clinician who shares with the clinic',
          id: await handout(await sharingClinician(), true),
          traits: { ownerSharesWithClinic: true, deleted: true },
        },
      ],
      createArgs: async (actor) => ({ data: handoutData(actor?.id) }),
      updateData: { instructions: 'Changed by the access matrix test.' },
    },
    kits: {
      samples: async (actor, other) => [
        ...(await own(actor, 'own kit', (owner) => kit(owner))),
        { label: "another clinician's private kit", id: await kit(other), traits: {} },
        { label: "another clinician's kit shared with the clinic", id: await kit(other, true), traits: { sharedWithClinic: true } },
      ],
      createArgs: async () => ({ data: kitData(false) }),
      updateData: { name: 'Renamed by the access matrix test' },
    },
    'share-links': {
      samples: async (actor, other) => [
        ...(await own(actor, 'own share link', shareLink)),
        { label: "another clinician's share link", id: await shareLink(other), traits: {} },
      ],
      createArgs: async (actor, other) => ({ data: await shareLinkData(actor ?? other) }),
      updateData: { revokedAt: new Date().toISOString() },
    },
    'share-access-guards': {
      samples: async (actor, other) => [{ label: 'guard', id: await guard(actor ?? other), traits: {} }],
      createArgs: async (actor, other) => ({ data: await guardData(actor ?? other) }),
      updateData: { recentFailures: [] },
    },
    'share-rate-limits': {
      samples: async () => [{ label: 'rate-limit row', id: await rateLimit(), traits: {} }],
      createArgs: async () => ({ data: rateLimitData() }),
      updateData: { hits: 0 },
    },
    'teach-back-answers': {
      samples: async (actor, other) => [{ label: 'answer to own link', id: await answer(actor ?? other), traits: {} }],
      createArgs: async (actor, other) => ({ data: await answerData(actor ?? other) }),
      updateData: { correct: false },
    },
    'fhir-deliveries': {
      samples: async (actor, other) => [{ label: 'delivery of own handout', id: await delivery(actor ?? other), traits: {} }],
      createArgs: async (actor, other) => ({ data: await deliveryData(actor ?? other) }),
      updateData: { status: 'failed' },
    },
    users: {
      samples: async (actor, other) => [
        ...(actor ? [{ label: 'own account', id: actor.id, traits: { ownedByActor: true } }] : []),
        { label: "another user's account", id: other.id, traits: {} },
      ],
      // Not the actor's own account or the shared bystander: later cells sign in as them.
      deleteSamples: async () => [{ label: 'a fresh user', id: await user(), traits: {} }],
      createArgs: async () => ({
        data: { email: `matrix-new-${random()}@test.careleaf.local`, password: 'matrix-test-password-123', name: 'New', roles: ['clinician'] },
      }),
      updateData: { name: 'Renamed by the access matrix test' },
    },
    'ehr-clients': {
      samples: async () => [{ label: 'EHR client', id: await ehrClient(), traits: {} }],
      createArgs: async () => ({ data: { name: `Matrix EHR ${random()}`, rateLimitPerMinute: 120 } }),
      updateData: { name: 'Renamed by the access matrix test' },
    },
    'ehr-client-usage': {
      samples: async () => [{ label: 'usage row', id: await ehrUsage(), traits: {} }],
      createArgs: async () => ({ data: { client: await ehrClient(), day: '2026-12-01', infobuttonCalls: 1, cdsHooksCalls: 0 } }),
      updateData: { infobuttonCalls: 5 },
    },
    'audit-events': {
      samples: async (actor) => [
        ...(await own(actor, 'event with the actor as actor', (owner) => auditEvent(owner))),
        { label: 'anonymous failure event', id: await auditEvent(null), traits: {} },
      ],
      createArgs: async (actor) => ({ data: { action: 'auth.fail', actor: actor?.id ?? null } }),
      updateData: { detail: 'Changed by the access matrix test.' },
    },
  }
}
