import crypto from 'node:crypto'

import { type Browser, expect, type PlaywrightWorkerArgs, test } from '@playwright/test'
import sharp from 'sharp'

import { rememberSecret } from './secretsLedger'
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
  type SampleTraits,
} from '../access/accessMatrix'
import { paragraphsToRichText } from '../lib/content/lexical'
import { DEMO_ACCOUNTS } from '../lib/seed/demoAccounts'
import { resaveGlobalData } from '../tests/support/accessMatrixFixtures'

/**
 * The README's access table, cell by cell, through Payload's REST API on the
 * real server with real JWTs (the Local API side is
 * tests/int/accessMatrix.int.test.ts). Both read the cells and
 * `grantAllows` from access/accessMatrix.ts; here only the samples are made
 * differently, through the API as an admin would (share links: through the
 * clinician workspace, the only way to make one).
 */
const admin = DEMO_ACCOUNTS.find((account) => account.roles.includes('admin'))!
const PASSWORD = `rest matrix passphrase ${crypto.randomBytes(3).toString('hex')}`
const body = paragraphsToRichText(['Matrix.'])
const random = () => crypto.randomBytes(4).toString('hex')

type Headers = Record<string, string>
interface RestUser {
  id: number
  email: string
}
interface Sample {
  label: string
  id: number
  traits: SampleTraits
}
/** How one collection's samples are made over REST; the Record type makes a missing collection a type error. */
interface RestKit {
  samples(actor: RestUser | null): Promise<Sample[]>
  deleteSamples?(actor: RestUser | null): Promise<Sample[]>
  createBody(
    actor: RestUser | null,
  ): Promise<{ data?: Record<string, unknown>; multipart?: Record<string, string | { name: string; mimeType: string; buffer: Buffer }> }>
  updateData: Record<string, unknown>
  drafts?: boolean
}

/** Signs in with Payload's REST login in a throwaway context, so its `payload-token` cookie cannot ride along on another actor's requests. */
async function login(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string, email: string, password: string): Promise<Headers> {
  const context = await playwright.request.newContext({ baseURL })
  try {
    const response = await context.post('/api/users/login', { data: { email, password } })
    expect(response.status()).toBe(200)
    return { Authorization: `JWT ${((await response.json()) as { token: string }).token}` }
  } finally {
    await context.dispose()
  }
}

/** A share link can only be made in the workspace (server action), so make it there, signed in through next-auth. */
async function shareLinkThroughWorkspace(browser: Browser, baseURL: string, user: RestUser, handoutId: number): Promise<void> {
  const context = await browser.newContext({ baseURL })
  try {
    const { csrfToken } = (await (await context.request.get('/api/auth/csrf')).json()) as { csrfToken: string }
    await context.request.post('/api/auth/callback/credentials', { form: { csrfToken, email: user.email, password: PASSWORD, json: 'true' } })
    const page = await context.newPage()
    await page.goto(`/handouts/${handoutId}`)
    await page.getByRole('button', { name: 'Create share link' }).click()
    const url = await page.getByLabel('Patient link').inputValue()
    rememberSecret(new URL(url).pathname.slice(3))
  } finally {
    await context.close()
  }
}

/** `no` is refused outright (403); a document filtered out by an own/published/shared rule is absent (404) or, for writes, refused (403). */
function expectedStatuses(grant: Grant, sample: Sample, allowed: number): number[] {
  if (grantAllows(grant, sample.traits)) return [allowed]
  return grant === 'no' ? [403] : [403, 404]
}

test('access matrix (REST): every collection and global of the README table for every role, and GraphQL stays off', async ({
  playwright,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000)
  rememberSecret(PASSWORD)
  // Samples are made by the admin, through this context; each actor gets a cookie-free context of its own below.
  const request = await playwright.request.newContext({ baseURL })
  const asAdmin = await login(playwright, baseURL!, admin.email, admin.password)
  const post = async (path: string, data: Record<string, unknown>) => {
    const response = await request.post(`/api${path}`, { headers: asAdmin, data })
    expect(response.status(), `sample ${path}`).toBe(201)
    return ((await response.json()) as { doc: { id: number; email: string } }).doc
  }
  const makeUser = (role: Exclude<Actor, 'anonymous'>) =>
    post('/users', { email: `rest-${role}-${random()}@e2e.careleaf.local`, password: PASSWORD, name: `REST ${role}`, roles: [role] })

  const { docs: topics } = (await (await request.get('/api/topics?where[slug][equals]=upper-back-pain-during-sleep', { headers: asAdmin })).json()) as {
    docs: { id: number; sections: { id: string }[] }[]
  }
  const seeded = { id: topics[0]!.id, sectionId: topics[0]!.sections[0]!.id }
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#0b5450' } })
    .png()
    .toBuffer()
  const image = () => ({ name: `matrix-${random()}.png`, mimeType: 'image/png', buffer: png })

  const topic = async (status: 'published' | 'draft') => {
    const draft = (await post('/topics?draft=true', {
      title: `REST ${status} ${random()}`,
      summary: 'x',
      mainMessage: 'Rest, move gently and call if it gets worse.',
      sections: [{ blockType: 'text', heading: 'H', body }],
      _status: 'draft',
    })) as unknown as { id: number; qualityFlags?: string[] }
    if (status === 'draft') return draft.id
    // Only the flags this draft raises can be accepted.
    const published = await request.patch(`/api/topics/${draft.id}`, {
      headers: asAdmin,
      data: { _status: 'published', acknowledgedFlags: draft.qualityFlags ?? [] },
    })
    expect(published.status(), 'sample topic published').toBe(200)
    return draft.id
  }
  const handoutData = (owner?: number) => ({
    title: 'REST handout',
    patientName: 'REST Patient',
    clinician: owner,
    sections: [{ topic: seeded.id, topicTitle: 'T', sectionId: 's', heading: 'H', body }],
  })
  const handout = async (owner: number, deleted = false) =>
    (await post('/handouts', { ...handoutData(owner), deletedAt: deleted ? new Date().toISOString() : undefined })).id
  const kitData = (sharedWithClinic: boolean) => ({
    name: `REST kit ${random()}`,
    sharedWithClinic,
    items: [{ topic: seeded.id, sectionId: seeded.sectionId }],
  })
  const kit = async (owner: number, sharedWithClinic = false) => (await post('/kits', { ...kitData(sharedWithClinic), owner })).id
  const media = async () => {
    const response = await request.post('/api/media', {
      headers: asAdmin,
      multipart: { file: image(), _payload: JSON.stringify({ alt: 'A REST matrix square' }) },
    })
    expect(response.status(), 'sample media').toBe(201)
    return ((await response.json()) as { doc: { id: number } }).doc.id
  }

  const bystander = await makeUser('clinician')
  // A clinician an admin marks as sharing with the clinic (admin-only field, set here over REST): colleagues read their live handouts.
  const sharer = await post('/users', {
    email: `rest-sharer-${random()}@e2e.careleaf.local`,
    password: PASSWORD,
    name: 'REST sharer',
    roles: ['clinician'],
    sharesHandoutsWithClinic: true,
  })
  expect((sharer as { sharesHandoutsWithClinic?: boolean }).sharesHandoutsWithClinic).toBe(true)
  const actorUsers = new Map<Actor, RestUser | null>([['anonymous', null]])
  for (const actor of ACTORS) if (actor !== 'anonymous') actorUsers.set(actor, await makeUser(actor))
  const clinician = actorUsers.get('clinician')!

  // Share links: the clinician actor's own and the bystander's, made in the workspace.
  const shareLinkOf = async (owner: RestUser) => {
    const handoutId = await handout(owner.id)
    await shareLinkThroughWorkspace(browser, baseURL!, owner, handoutId)
    const { docs } = (await (await request.get(`/api/share-links?where[handout][equals]=${handoutId}`, { headers: asAdmin })).json()) as {
      docs: { id: number }[]
    }
    expect(docs).toHaveLength(1)
    return { id: docs[0]!.id, handoutId }
  }
  const { id: clinicianLink, handoutId: clinicianLinkHandout } = await shareLinkOf(clinician)
  const { id: bystanderLink, handoutId: bystanderLinkHandout } = await shareLinkOf(bystander)

  // A field rule the table cannot show: the owner may revoke a link but not re-point it at another clinician's handout or extend it.
  const repoint = await request.patch(`/api/share-links/${clinicianLink}`, {
    headers: await login(playwright, baseURL!, clinician.email, PASSWORD),
    data: { handout: bystanderLinkHandout, expiresAt: '2099-01-01T00:00:00.000Z' },
  })
  expect(repoint.status()).toBe(200)
  const stored = (await (await request.get(`/api/share-links/${clinicianLink}?depth=0`, { headers: asAdmin })).json()) as { handout: number; expiresAt: string }
  expect(stored.handout).toBe(clinicianLinkHandout)
  expect(stored.expiresAt).not.toBe('2099-01-01T00:00:00.000Z')

  // A failed sign-in leaves an audit event to use as a sample.
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string }
  await request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email: 'nobody@e2e.careleaf.local', password: 'not a real password', json: 'true' },
  })
  const { docs: events } = (await (await request.get('/api/audit-events?limit=1', { headers: asAdmin })).json()) as { docs: { id: number }[] }
  expect(events).toHaveLength(1)

  // Server-only rows cannot be made or even found over REST; a refusal there is a 403 before any lookup, so any id will do.
  const serverOnly = (label: string): RestKit => ({
    samples: async () => [{ label: `${label} (any id)`, id: 1, traits: {} }],
    createBody: async () => ({ data: { bucket: 'rest', hits: 1, expiresAt: new Date().toISOString(), link: bystanderLink, recentFailures: [] } }),
    updateData: { hits: 0, recentFailures: [] },
  })
  const mine = (actor: RestUser | null, sample: () => Promise<Sample>) => (actor ? sample().then((one) => [one]) : Promise.resolve([]))

  const kits: Record<MatrixCollection, RestKit> = {
    topics: {
      samples: async () => [
        { label: 'published topic', id: await topic('published'), traits: { published: true } },
        { label: 'draft topic', id: await topic('draft'), traits: {} },
      ],
      createBody: async () => ({
        data: { title: `REST new ${random()}`, summary: 'x', mainMessage: 'x', sections: [{ blockType: 'text', heading: 'H', body }], _status: 'draft' },
      }),
      updateData: { summary: 'Changed' },
      drafts: true,
    },
    categories: {
      samples: async () => [{ label: 'category', id: (await post('/categories', { name: `REST ${random()}`, kind: 'specialty' })).id, traits: {} }],
      createBody: async () => ({ data: { name: `REST new ${random()}`, kind: 'bodyRegion' } }),
      updateData: { name: 'Renamed' },
    },
    media: {
      samples: async () => [{ label: 'image', id: await media(), traits: {} }],
      createBody: async () => ({ multipart: { file: image(), _payload: JSON.stringify({ alt: 'A new REST square' }) } }),
      updateData: { alt: 'Described again' },
    },
    handouts: {
      samples: async (actor) => [
        ...(await mine(actor, async () => ({ label: 'own handout', id: await handout(actor!.id), traits: { ownedByActor: true } }))),
        ...(await mine(actor, async () => ({
          label: 'own soft-deleted handout',
          id: await handout(actor!.id, true),
          traits: { ownedByActor: true, deleted: true },
        }))),
        { label: "another clinician's handout", id: await handout(bystander.id), traits: {} },
        { label: 'handout of a clinician who shares with the clinic', id: await handout(sharer.id), traits: { ownerSharesWithClinic: true } },
        {
          label: 'soft-deleted handout of a clinician who shares with the clinic',
          id: await handout(sharer.id, true),
          traits: { ownerSharesWithClinic: true, deleted: true },
        },
      ],
      createBody: async () => ({ data: handoutData() }),
      updateData: { instructions: 'Changed' },
    },
    kits: {
      samples: async (actor) => [
        ...(await mine(actor, async () => ({ label: 'own kit', id: await kit(actor!.id), traits: { ownedByActor: true } }))),
        { label: "another clinician's private kit", id: await kit(bystander.id), traits: {} },
        { label: "another clinician's kit shared with the clinic", id: await kit(bystander.id, true), traits: { sharedWithClinic: true } },
      ],
      createBody: async () => ({ data: kitData(false) }),
      updateData: { name: 'Renamed' },
    },
    'share-links': {
      samples: async (actor) => [
        ...(actor?.id === clinician.id ? [{ label: 'own share link', id: clinicianLink, traits: { ownedByActor: true } }] : []),
        { label: "another clinician's share link", id: bystanderLink, traits: {} },
      ],
      createBody: async () => ({
        data: {
          handout: await handout(bystander.id),
          expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
          tokenId: random(),
          tokenHash: crypto.randomBytes(32).toString('hex'),
        },
      }),
      // Revoking is the one change a clinician makes to a link; the samples stay readable afterwards.
      updateData: { revokedAt: new Date().toISOString() },
    },
    'share-access-guards': serverOnly('guard'),
    'share-rate-limits': serverOnly('rate-limit row'),
    'teach-back-answers': serverOnly('teach-back answer'),
    'fhir-deliveries': serverOnly('EHR delivery'),
    users: {
      samples: async (actor) => [
        ...(actor ? [{ label: 'own account', id: actor.id, traits: { ownedByActor: true } }] : []),
        { label: "another user's account", id: bystander.id, traits: {} },
      ],
      deleteSamples: async () => [{ label: 'a fresh user', id: (await makeUser('clinician')).id, traits: {} }],
      createBody: async () => ({ data: { email: `rest-new-${random()}@e2e.careleaf.local`, password: PASSWORD, name: 'New', roles: ['clinician'] } }),
      updateData: { name: 'Changed' },
    },
    'ehr-clients': {
      samples: async () => [{ label: 'EHR client', id: (await post('/ehr-clients', { name: `REST EHR ${random()}` })).id, traits: {} }],
      createBody: async () => ({ data: { name: `REST new EHR ${random()}` } }),
      updateData: { name: 'Renamed EHR' },
    },
    'ehr-client-usage': {
      ...serverOnly('usage row'),
      // Only server code writes usage rows: an EHR's Infobutton call with the client's key makes one.
      samples: async () => {
        const client = await post('/ehr-clients', { name: `REST usage EHR ${random()}` })
        const generated = await request.post(`/api/ehr-clients/${client.id}/key`, { headers: { ...asAdmin, Origin: new URL(baseURL!).origin } })
        expect(generated.status(), 'sample EHR key').toBe(200)
        const { key } = (await generated.json()) as { key: string }
        const call = await request.get('/api/infobutton?mainSearchCriteria.v.c=M54.6', { headers: { Authorization: `Bearer ${key}` } })
        expect(call.status(), 'sample Infobutton call').toBe(200)
        const { docs } = (await (await request.get(`/api/ehr-client-usage?where[client][equals]=${client.id}`, { headers: asAdmin })).json()) as {
          docs: { id: number }[]
        }
        expect(docs, 'sample usage row').toHaveLength(1)
        return [{ label: 'usage row', id: docs[0]!.id, traits: {} }]
      },
    },
    'audit-events': {
      samples: async () => [{ label: 'failed sign-in event', id: events[0]!.id, traits: {} }],
      createBody: async () => ({ data: { action: 'auth.fail' } }),
      updateData: { detail: 'Changed' },
    },
  }

  // Actors run side by side (their samples are their own); within an actor, reads come before the writes that could change a sample.
  // Soft assertions: one run lists every cell that disagrees with the table, not just the first.
  await Promise.all(
    ACTORS.map(async (actor) => {
      const user = actorUsers.get(actor) ?? null
      const headers: Headers = user ? await login(playwright, baseURL!, user.email, PASSWORD) : {}
      const asActor = await playwright.request.newContext({ baseURL })
      for (const collection of MATRIX_COLLECTIONS) {
        const kit = kits[collection]
        const samples = await kit.samples(user)
        for (const operation of OPERATIONS) {
          const grant = grantFor(collection, operation, actor)
          const cell = `${collection} ${operation} by ${actor} (${grant})`
          const draftQuery = (sample: Sample) => (kit.drafts && !sample.traits.published ? '?draft=true' : '')
          if (operation === 'create') {
            const { data, multipart } = await kit.createBody(user)
            const response = await asActor.post(`/api/${collection}${kit.drafts ? '?draft=true' : ''}`, { headers, data, multipart })
            expect.soft(response.status(), cell).toBe(grant === 'yes' ? 201 : 403)
          } else if (operation === 'read') {
            for (const sample of samples) {
              const response = await asActor.get(`/api/${collection}/${sample.id}${draftQuery(sample)}`, { headers })
              expect.soft(expectedStatuses(grant, sample, 200), `${cell}: ${sample.label}`).toContain(response.status())
            }
            if (kit.drafts) {
              // Versions hold drafts: only those who read every document (✅) may list them (`readVersions`).
              const versions = await asActor.get(`/api/${collection}/versions?limit=1`, { headers })
              expect.soft(versions.status(), `${cell}: versions`).toBe(grant === 'yes' ? 200 : 403)
            }
            const list = await asActor.get(`/api/${collection}?where[id][in]=${samples.map((sample) => sample.id).join(',')}&limit=100`, { headers })
            if (grant === 'no') {
              expect.soft(list.status(), `${cell}: list`).toBe(403)
            } else {
              expect.soft(list.status(), `${cell}: list`).toBe(200)
              const listed = new Set(((await list.json()) as { docs: { id: number }[] }).docs.map((doc) => doc.id))
              expect
                .soft(
                  samples.filter((sample) => listed.has(sample.id)).map((sample) => sample.label),
                  `${cell}: list`,
                )
                .toEqual(samples.filter((sample) => grantAllows(grant, sample.traits)).map((sample) => sample.label))
            }
          } else if (operation === 'update') {
            for (const sample of samples) {
              const response = await asActor.patch(`/api/${collection}/${sample.id}${kit.drafts ? '?draft=true' : ''}`, { headers, data: kit.updateData })
              expect.soft(expectedStatuses(grant, sample, 200), `${cell}: ${sample.label}`).toContain(response.status())
            }
          } else {
            for (const sample of kit.deleteSamples ? await kit.deleteSamples(user) : samples) {
              const response = await asActor.delete(`/api/${collection}/${sample.id}`, { headers })
              expect.soft(expectedStatuses(grant, sample, 200), `${cell}: ${sample.label}`).toContain(response.status())
            }
          }
        }
      }

      for (const global of MATRIX_GLOBALS) {
        for (const operation of GLOBAL_OPERATIONS) {
          const grant = globalGrantFor(global, operation, actor)
          const stored = (await (await request.get(`/api/globals/${global}?depth=0`, { headers: asAdmin })).json()) as Record<string, unknown>
          const response =
            operation === 'read'
              ? await asActor.get(`/api/globals/${global}`, { headers })
              : await asActor.post(`/api/globals/${global}?depth=0`, { headers, data: resaveGlobalData(stored) })
          expect.soft(response.status(), `global ${global} ${operation} by ${actor} (${grant})`).toBe(grant === 'yes' ? 200 : 403)
        }
      }

      // GraphQL is disabled: no endpoint, whoever asks.
      for (const response of [
        await asActor.get('/api/graphql?query=%7B__typename%7D', { headers }),
        await asActor.post('/api/graphql', { headers, data: { query: '{ Users { docs { email } } }' } }),
        await asActor.get('/api/graphql-playground', { headers }),
      ]) {
        expect.soft(response.status(), `GraphQL ${response.url()} by ${actor}`).toBe(404)
      }
      await asActor.dispose()
    }),
  )
  // The later specs' clinicians should not find this sharer's samples under "Shared by colleagues".
  expect((await request.patch(`/api/users/${sharer.id}`, { headers: asAdmin, data: { sharesHandoutsWithClinic: false } })).status()).toBe(200)
  await request.dispose()
})
