import crypto from 'node:crypto'

import { type APIRequestContext, expect, test } from '@playwright/test'

import { ACCESS_MATRIX, ACTORS, type Actor, type Grant, type MatrixCollection, OPERATIONS } from '../access/accessMatrix'
import { DEMO_ACCOUNTS } from '../lib/seed/demoAccounts'

import { rememberSecret } from './secretsLedger'

/**
 * The README's access table, cell by cell, through Payload's REST API (the
 * Local API side is tests/int/accessMatrix.int.test.ts). Share links are left
 * to the Local API test: nobody can create one over REST to use as a sample.
 */
const REST_COLLECTIONS: MatrixCollection[] = ['topics', 'handouts', 'users', 'audit-events']
const admin = DEMO_ACCOUNTS.find((account) => account.roles.includes('admin'))!
const PASSWORD = `rest matrix passphrase ${crypto.randomBytes(3).toString('hex')}`
const body = { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, text: 'Matrix.', format: 0, detail: 0, mode: 'normal', style: '' }] }] } }
const random = () => crypto.randomBytes(4).toString('hex')

async function login(request: APIRequestContext, email: string, password: string): Promise<Record<string, string>> {
  const response = await request.post('/api/users/login', { data: { email, password } })
  expect(response.status()).toBe(200)
  return { Authorization: `JWT ${((await response.json()) as { token: string }).token}` }
}

test('access matrix (REST): every cell of the README table, for topics, handouts, users and audit events', async ({ request }) => {
  test.setTimeout(240_000)
  rememberSecret(PASSWORD)
  const asAdmin = await login(request, admin.email, admin.password)
  const makeUser = async (role: Exclude<Actor, 'anonymous'>) => {
    const response = await request.post('/api/users', { headers: asAdmin, data: { email: `rest-${role}-${random()}@e2e.careleaf.local`, password: PASSWORD, name: `REST ${role}`, roles: [role] } })
    expect(response.status()).toBe(201)
    return ((await response.json()) as { doc: { id: number; email: string } }).doc
  }
  const { docs: topics } = (await (await request.get('/api/topics?where[slug][equals]=upper-back-pain-during-sleep', { headers: asAdmin })).json()) as { docs: { id: number }[] }
  const topicId = topics[0]!.id
  const create = async (collection: MatrixCollection, data: Record<string, unknown>, query = '') => {
    const response = await request.post(`/api/${collection}${query}`, { headers: asAdmin, data })
    expect(response.status(), `${collection} sample`).toBe(201)
    return ((await response.json()) as { doc: { id: number } }).doc.id
  }
  const topic = (status: 'published' | 'draft') => create('topics', { title: `REST ${status} ${random()}`, summary: 'x', sections: [{ blockType: 'text', heading: 'H', body }], _status: status, acknowledgedFlags: ['no-sources', 'no-warning-signs', 'grade-above-target'] }, status === 'draft' ? '?draft=true' : '')
  const handout = (owner: number) => create('handouts', { title: 'REST handout', patientName: 'REST Patient', clinician: owner, sections: [{ topic: topicId, topicTitle: 'T', sectionId: 's', heading: 'H', body }] })
  // A failed sign-in leaves an audit event to use as a sample.
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string }
  await request.post('/api/auth/callback/credentials', { form: { csrfToken, email: 'nobody@e2e.careleaf.local', password: 'not a real password', json: 'true' } })
  const { docs: events } = (await (await request.get('/api/audit-events?limit=1', { headers: asAdmin })).json()) as { docs: { id: number }[] }
  expect(events).toHaveLength(1)

  const bystander = await makeUser('clinician')
  for (const actor of ACTORS) {
    const user = actor === 'anonymous' ? null : await makeUser(actor)
    const headers = user ? await login(request, user.email, PASSWORD) : {}
    for (const collection of REST_COLLECTIONS) {
      for (const operation of OPERATIONS) {
        const grant = (ACCESS_MATRIX[collection][operation] as Record<Actor, Grant>)[actor]
        const label = `${collection} ${operation} by ${actor} (${grant})`
        const samples = {
          topics: async () => ({ mine: await topic('published'), theirs: await topic('draft') }),
          handouts: async () => ({ mine: user ? await handout(user.id) : null, theirs: await handout(bystander.id) }),
          users: async () => ({ mine: user?.id ?? null, theirs: bystander.id }),
          'audit-events': async () => ({ mine: null, theirs: events[0]!.id }),
          'share-links': async () => ({ mine: null, theirs: 0 }),
        }[collection]
        if (operation === 'create') {
          const data = {
            topics: { title: `REST new ${random()}`, summary: 'x', sections: [{ blockType: 'text', heading: 'H', body }], _status: 'draft' },
            handouts: { title: 'New', patientName: 'New Patient', sections: [{ topic: topicId, topicTitle: 'T', sectionId: 's', heading: 'H', body }] },
            users: { email: `rest-new-${random()}@e2e.careleaf.local`, password: PASSWORD, name: 'New', roles: ['clinician'] },
            'audit-events': { action: 'auth.fail' },
            'share-links': {},
          }[collection]
          const response = await request.post(`/api/${collection}${collection === 'topics' ? '?draft=true' : ''}`, { headers, data })
          expect(response.status() === 201, `${label} → ${response.status()}`).toBe(grant === 'yes')
          continue
        }
        if (operation === 'delete') {
          const id = collection === 'topics' ? await topic('draft') : collection === 'handouts' ? await handout(user?.id ?? bystander.id) : collection === 'users' ? (await makeUser('clinician')).id : events[0]!.id
          const response = await request.delete(`/api/${collection}/${id}`, { headers })
          expect(response.status() === 200, `${label} → ${response.status()}`).toBe(grant === 'yes')
          continue
        }
        const { mine, theirs } = await samples()
        const expectMine = grant !== 'no'
        const expectTheirs = grant === 'yes'
        const attempt = async (id: number) => {
          const draft = collection === 'topics' && grant !== 'published' ? '?draft=true' : ''
          const response =
            operation === 'read'
              ? await request.get(`/api/${collection}/${id}${draft}`, { headers })
              : await request.patch(`/api/${collection}/${id}${draft}`, { headers, data: { topics: { summary: 'Changed' }, handouts: { instructions: 'Changed' }, users: { name: 'Changed' }, 'audit-events': { detail: 'Changed' }, 'share-links': {} }[collection] })
          return response.status() === 200
        }
        if (mine !== null) expect(await attempt(mine), `${label}: own/published sample`).toBe(expectMine)
        expect(await attempt(theirs), `${label}: someone else's/draft sample`).toBe(expectTheirs)
      }
    }
  }
})
