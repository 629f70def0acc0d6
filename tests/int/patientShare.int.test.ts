import crypto from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { createHandout } from '@/lib/handouts/createHandout'
import { ACCESS_COOKIE_NAME } from '@/lib/share/accessCookie'
import { clientAddressKey, consumeShareRateLimit, deleteExpiredRateLimitRows } from '@/lib/share/consumeShareRateLimit'
import { createShareLink } from '@/lib/share/createShareLink'
import { revokeShareLink } from '@/lib/share/revokeShareLink'
import { servePatientSharePage, servePatientSharePdf, submitPatientShareAnswer } from '@/lib/share/servePatientShare'
import { shareLinkStatus } from '@/lib/share/shareLinkStatus'
import { findShareActivity } from '@/lib/share/summariseShareActivity'

import { createTestUser, findSeededTopic, getTestPayload } from './testPayload'

let payload: Payload
/** The seeded clinic phone as its tel: link has it. */
let clinicPhoneDigits: string

beforeAll(async () => {
  payload = await getTestPayload()
  const clinic = await payload.findGlobal({ slug: 'clinic', overrideAccess: true })
  clinicPhoneDigits = (clinic.phone ?? '').replace(/[^\d+]/g, '')
})

/** A fresh client address per call, so tests never share a rate-limit bucket. */
function freshAddress(): string {
  return `198.51.100.${crypto.randomInt(1, 255)}-${crypto.randomBytes(4).toString('hex')}`
}

function get(token: string, { address = freshAddress(), cookie }: { address?: string; cookie?: string } = {}): Request {
  const headers: Record<string, string> = { 'x-forwarded-for': address }
  if (cookie) headers.cookie = cookie
  return new Request(`http://127.0.0.1/p/${token}`, { headers })
}

function post(token: string, answer: string, address = freshAddress()): Request {
  return new Request(`http://127.0.0.1/p/${token}`, {
    method: 'POST',
    headers: { 'x-forwarded-for': address, 'content-type': 'application/x-www-form-urlencoded', origin: 'http://127.0.0.1', host: '127.0.0.1' },
    body: new URLSearchParams({ answer }).toString(),
  })
}

async function shareNewHandout(options: Parameters<typeof createShareLink>[0] extends infer A ? Partial<A> : never = {}) {
  const clinician = await createTestUser(payload, ['clinician'])
  const topic = await findSeededTopic(payload)
  const handout = await createHandout({
    payload,
    user: clinician,
    input: { topicId: topic.id, sectionIds: [topic.sections[0]!.id!], patientName: 'Pat Share' },
  })
  const link = await createShareLink({ payload, user: clinician, handoutId: handout.id, ...options })
  return { clinician, handout, link, token: link.path.replace('/p/', '') }
}

const serve = (token: string, request: Request, now?: Date) => servePatientSharePage({ payload, request, token, now, rateLimit: 10_000 })

function expectPatientHeaders(response: Response) {
  expect(response.headers.get('referrer-policy')).toBe('same-origin')
  expect(response.headers.get('x-robots-tag')).toContain('noindex')
  expect(response.headers.get('cache-control')).toBe('private, no-store')
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
}

describe('patient share page', () => {
  it('serves the handout, then 410 the moment the link is revoked', async () => {
    const { clinician, link, token } = await shareNewHandout()
    const open = await serve(token, get(token))
    expect(open.status).toBe(200)
    expectPatientHeaders(open)
    expect(await open.text()).toContain('Prepared for Pat Share')

    await revokeShareLink({ payload, user: clinician, shareLinkId: link.id })
    const gone = await serve(token, get(token))
    expect(gone.status).toBe(410)
    expectPatientHeaders(gone)
    const body = await gone.text()
    // Revoked is not expired: the patient is told the handout is no longer available, whom to call, and the emergency line.
    expect(body).toContain('<h1>This handout is no longer available</h1>')
    expect(body).not.toContain('expired')
    expect(body).toContain(`href="tel:${clinicPhoneDigits}"`)
    expect(body).toContain('<a href="tel:911">call 911</a>')
    expect(body).not.toContain('Pat Share')
    const pdf = await servePatientSharePdf({ payload, request: get(token), token, rateLimit: 10_000 })
    expect(pdf.status).toBe(410)
    expect(await pdf.text()).toContain('no longer available')
  })

  it('expires at the chosen number of days, and then says so in its own words', async () => {
    const now = new Date('2026-03-01T00:00:00Z')
    const { token, link } = await shareNewHandout({ now, validForDays: 7 })
    expect(link.expiresAt).toBe('2026-03-08T00:00:00.000Z')
    expect((await serve(token, get(token), new Date('2026-03-07T23:59:59Z'))).status).toBe(200)
    const expired = await serve(token, get(token), new Date('2026-03-08T00:00:00Z'))
    expect(expired.status).toBe(410)
    const body = await expired.text()
    expect(body).toContain('<h1>This link has expired</h1>')
    expect(body).toContain(`href="tel:${clinicPhoneDigits}"`)
    expect(body).toContain('<a href="tel:911">call 911</a>')
  })

  it('answers unknown and malformed tokens with the same branded 404, after the same database work', async () => {
    const clinic = await payload.findGlobal({ slug: 'clinic', overrideAccess: true })
    const tokens = { unknown: crypto.randomBytes(32).toString('base64url'), malformed: 'nope', tooLong: crypto.randomBytes(40).toString('base64url') }
    // Count the statements each answer sends to PostgreSQL (the clinic cache is warmed first, as in production;
    // the rate limiter's occasional clean-up, drawn by Math.random, is held off).
    vi.spyOn(Math, 'random').mockReturnValue(0.5)
    await serve(tokens.unknown, get(tokens.unknown))
    const pool = payload.db.pool
    const query = pool.query.bind(pool)
    let statements = 0
    const answers: Record<string, { status: number; body: string; statements: number }> = {}
    try {
      pool.query = ((...args: Parameters<typeof pool.query>) => {
        statements += 1
        return query(...args)
      }) as typeof pool.query
      for (const [kind, token] of Object.entries(tokens)) {
        statements = 0
        const response = await serve(token, get(token))
        expectPatientHeaders(response)
        answers[kind] = { status: response.status, body: await response.text(), statements }
      }
    } finally {
      pool.query = query
      vi.restoreAllMocks()
    }
    const { unknown, malformed, tooLong } = answers
    expect(unknown!.status).toBe(404)
    expect(unknown!.body).toContain('<h1>Page not found</h1>')
    expect(unknown!.body).toContain(`<header class="patient-header">`)
    expect(unknown!.body).toContain(clinic.name)
    expect(unknown!.body).toContain(`href="tel:${clinicPhoneDigits}"`)
    expect(unknown!.statements).toBeGreaterThan(1)
    for (const other of [malformed!, tooLong!]) expect(other).toEqual(unknown)
  })

  it('counts exactly one open per view under 20 concurrent opens', async () => {
    const { token, link, clinician, handout } = await shareNewHandout()
    const responses = await Promise.all(Array.from({ length: 20 }, () => serve(token, get(token))))
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(200))
    const stored = await payload.findByID({ collection: 'share-links', id: link.id, overrideAccess: true })
    expect(stored.openCount).toBe(20)
    expect(stored.firstOpenedAt).toBeTruthy()
    expect(new Date(stored.lastOpenedAt!).getTime()).toBeGreaterThanOrEqual(new Date(stored.firstOpenedAt!).getTime())
    const audits = await payload.count({
      collection: 'audit-events',
      where: { and: [{ action: { equals: 'share.open' } }, { detail: { equals: `link ${link.tokenId}` } }] },
      overrideAccess: true,
    })
    expect(audits.totalDocs).toBe(20)

    const pdfs = await Promise.all(Array.from({ length: 3 }, () => servePatientSharePdf({ payload, request: get(token), token, rateLimit: 10_000 })))
    expect(pdfs.map((response) => response.status)).toEqual([200, 200, 200])
    expectPatientHeaders(pdfs[0]!)
    expect(pdfs[0]!.headers.get('content-type')).toBe('application/pdf')
    const activity = await findShareActivity({ payload, user: clinician, handoutIds: [handout.id] })
    expect(activity.get(handout.id)).toMatchObject({ opens: 20, pdfDownloads: 3, links: 1 })
    expect(activity.get(handout.id)?.label).toMatch(/^Opened 20×, last /)
  })

  it('costs one statement, one round trip, to count a repeat open against the rate limit and record it', async () => {
    const { token, link } = await shareNewHandout()
    expect((await serve(token, get(token))).status).toBe(200)
    const query = vi.spyOn(payload.db.pool, 'query')
    try {
      const again = await serve(token, get(token))
      expect(again.status).toBe(200)
      expect(await again.text()).toContain('Prepared for Pat Share')
      // Clinic reads may go through the same pool when no change listener is running; only share statements count here.
      const shareStatements = query.mock.calls
        .map(([config]) => (typeof config === 'string' ? config : (config as { text?: string }).text) ?? '')
        .filter((text) => /share_rate_limits|share_links/.test(text))
      expect(shareStatements).toHaveLength(1)
    } finally {
      query.mockRestore()
    }
    expect((await payload.findByID({ collection: 'share-links', id: link.id, overrideAccess: true })).openCount).toBe(2)
  })

  it('counts nothing while the patient check is unanswered, then exactly one open per view', async () => {
    const { token, link } = await shareNewHandout({ accessCheck: 'access-code' })
    await serve(token, get(token))
    await serve(token, get(token))
    const opens = async () => (await payload.findByID({ collection: 'share-links', id: link.id, overrideAccess: true })).openCount
    expect(await opens()).toBe(0)
    const right = await submitPatientShareAnswer({ payload, request: post(token, link.accessCode!), token, rateLimit: 10_000 })
    const cookie = right.headers.get('set-cookie')!.split(';')[0]!
    expect((await serve(token, get(token, { cookie }))).status).toBe(200)
    expect(await opens()).toBe(1)
    // Another link's cookie opens nothing here: the cookie is bound to this token's hash.
    const other = await shareNewHandout({ accessCheck: 'access-code' })
    const otherRight = await submitPatientShareAnswer({ payload, request: post(other.token, other.link.accessCode!), token: other.token, rateLimit: 10_000 })
    const otherCookie = otherRight.headers.get('set-cookie')!.split(';')[0]!
    expect(await (await serve(token, get(token, { cookie: otherCookie }))).text()).not.toContain('Pat Share')
    expect(await opens()).toBe(1)
  })

  it('shows an admin correction at once and treats a deleted handout as gone, though pages reuse a handout just read', async () => {
    const { token, handout, link } = await shareNewHandout()
    expect(await (await serve(token, get(token))).text()).toContain('Prepared for Pat Share')
    await payload.update({ collection: 'handouts', id: handout.id, data: { patientName: 'Pat Corrected' }, overrideAccess: true })
    expect(await (await serve(token, get(token))).text()).toContain('Prepared for Pat Corrected')

    // A soft delete revokes the links; even a link that escaped that (set here by hand) stops working.
    await payload.db.drizzle.execute(sql`UPDATE handouts SET deleted_at = now(), updated_at = now() WHERE id = ${handout.id}`)
    const gone = await serve(token, get(token))
    expect(gone.status).toBe(410)
    const goneBody = await gone.text()
    expect(goneBody).not.toContain('Pat Corrected')
    expect(goneBody).toContain('This handout is no longer available')
    expect((await payload.findByID({ collection: 'share-links', id: link.id, overrideAccess: true })).openCount).toBe(2)
  })

  it('shows a new clinic phone number on the very next page', async () => {
    const before = await payload.findGlobal({ slug: 'clinic', overrideAccess: true })
    const { token, clinician, link } = await shareNewHandout()
    await revokeShareLink({ payload, user: clinician, shareLinkId: link.id })
    await serve(token, get(token))
    try {
      await payload.updateGlobal({ slug: 'clinic', data: { phone: '(555) 010-0142' }, overrideAccess: true })
      expect(await (await serve(token, get(token))).text()).toContain('(555) 010-0142')
    } finally {
      await payload.updateGlobal({ slug: 'clinic', data: { phone: before.phone ?? null }, overrideAccess: true })
    }
  })

  it('keeps the token itself out of every stored row', async () => {
    const { token, link } = await shareNewHandout({ accessCheck: 'access-code' })
    await serve(token, get(token))
    const dump = await payload.db.drizzle.execute(sql`
      SELECT (SELECT json_agg(s) FROM share_links s WHERE id = ${link.id})::text AS link,
             (SELECT json_agg(a) FROM audit_events a)::text AS audit`)
    const row = dump.rows[0] as { link: string; audit: string }
    expect(row.link).not.toContain(token)
    expect(row.audit).not.toContain(token)
    expect(row.link).not.toContain(link.accessCode!)
  })
})

describe('patient check', () => {
  it('asks for the access code, refuses a wrong one, and lets the right one in with a path-scoped cookie', async () => {
    const { token, link } = await shareNewHandout({ accessCheck: 'access-code' })
    expect(link.accessCode).toMatch(/^\d{6}$/)
    const form = await serve(token, get(token))
    expect(form.status).toBe(200)
    const formHtml = await form.text()
    expect(formHtml).toContain('Access code')
    expect(formHtml).not.toContain('Pat Share')
    // The PDF is no way round the check.
    expect((await servePatientSharePdf({ payload, request: get(token), token, rateLimit: 10_000 })).status).toBe(303)

    const wrongCode = link.accessCode === '000000' ? '111111' : '000000'
    const wrong = await submitPatientShareAnswer({ payload, request: post(token, wrongCode), token, rateLimit: 10_000 })
    expect(wrong.status).toBe(403)
    expect(await wrong.text()).toContain('is not right')
    const malformed = await submitPatientShareAnswer({ payload, request: post(token, '12'), token, rateLimit: 10_000 })
    expect(malformed.status).toBe(400)

    const right = await submitPatientShareAnswer({
      payload,
      request: post(token, `${link.accessCode!.slice(0, 3)} ${link.accessCode!.slice(3)}`),
      token,
      rateLimit: 10_000,
    })
    expect(right.status).toBe(303)
    expect(right.headers.get('location')).toBe(`/p/${token}`)
    const setCookie = right.headers.get('set-cookie')!
    expect(setCookie).toContain(`Path=/p/${token}`)
    expect(setCookie).toContain('HttpOnly')
    expect(setCookie).toContain('SameSite=Strict')
    const cookie = setCookie.split(';')[0]!
    expect(cookie.startsWith(`${ACCESS_COOKIE_NAME}=`)).toBe(true)

    const page = await serve(token, get(token, { cookie }))
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Prepared for Pat Share')
    expect((await servePatientSharePdf({ payload, request: get(token, { cookie }), token, rateLimit: 10_000 })).status).toBe(200)
  })

  it('checks the year of birth the clinician entered', async () => {
    const { token } = await shareNewHandout({ accessCheck: 'birth-year', birthYear: '1961' })
    expect((await submitPatientShareAnswer({ payload, request: post(token, '1962'), token, rateLimit: 10_000 })).status).toBe(403)
    expect((await submitPatientShareAnswer({ payload, request: post(token, '1961'), token, rateLimit: 10_000 })).status).toBe(303)
  })

  it('refuses a birth-year link without a plausible year', async () => {
    await expect(shareNewHandout({ accessCheck: 'birth-year', birthYear: '61' })).rejects.toThrow(/four digits/)
  })

  it('locks after 5 wrong answers in 15 minutes, across separate calls sharing only the database, then reopens', async () => {
    const { token, link } = await shareNewHandout({ accessCheck: 'access-code' })
    const wrongCode = link.accessCode === '000000' ? '111111' : '000000'
    const start = new Date()
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000)
    // Each call stands for a different app instance: nothing is remembered in memory between them.
    for (let attempt = 0; attempt < 4; attempt += 1) {
      expect((await submitPatientShareAnswer({ payload, request: post(token, wrongCode), token, now: at(attempt), rateLimit: 10_000 })).status).toBe(403)
    }
    const fifth = await submitPatientShareAnswer({ payload, request: post(token, wrongCode), token, now: at(4), rateLimit: 10_000 })
    expect(fifth.status).toBe(423)
    expect(Number(fifth.headers.get('retry-after'))).toBe(15 * 60)
    // Even the right code is refused while locked.
    const rightWhileLocked = await submitPatientShareAnswer({ payload, request: post(token, link.accessCode!), token, now: at(10), rateLimit: 10_000 })
    expect(rightWhileLocked.status).toBe(423)
    expect(await rightWhileLocked.text()).toContain('Too many tries')
    const locks = await payload.count({
      collection: 'audit-events',
      where: { and: [{ action: { equals: 'share.lock' } }, { detail: { equals: `link ${link.tokenId}` } }] },
      overrideAccess: true,
    })
    expect(locks.totalDocs).toBe(1)
    // 15 minutes after the fifth wrong answer, the right code works again.
    expect((await submitPatientShareAnswer({ payload, request: post(token, link.accessCode!), token, now: at(19), rateLimit: 10_000 })).status).toBe(303)
  })

  it('closes a birth-year link for good at the third lockout, until the clinician makes a new one, and says so to both', async () => {
    const { token, link, clinician, handout } = await shareNewHandout({ accessCheck: 'birth-year', birthYear: '1961' })
    const start = new Date()
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000)
    const answer = (year: string, minute: number) =>
      submitPatientShareAnswer({ payload, request: post(token, year), token, now: at(minute), rateLimit: 10_000 })
    // Three rounds of 5 wrong years, each after the previous 15-minute lock has run out: 15 of ~127 plausible years.
    const statuses: number[] = []
    for (let round = 0; round < 3; round += 1) {
      for (let guess = 0; guess < 5; guess += 1) statuses.push((await answer(String(1930 + round * 5 + guess), round * 20 + guess)).status)
    }
    expect(statuses).toEqual([403, 403, 403, 403, 423, 403, 403, 403, 403, 423, 403, 403, 403, 403, 410])

    // Closed for good: a day later, even the right year gets the "closed" page, with the clinic's phone.
    const rightYear = await answer('1961', 24 * 60)
    expect(rightYear.status).toBe(410)
    const closedPage = await rightYear.text()
    expect(closedPage).toContain('This link is closed')
    expect(closedPage).toMatch(/contact .*\d{3}/)
    expect(closedPage).toContain('<a href="tel:911">call 911</a>')
    expect(rightYear.headers.get('set-cookie')).toBeNull()
    expect((await serve(token, get(token), at(24 * 60))).status).toBe(410)
    expect((await servePatientSharePdf({ payload, request: get(token), token, now: at(24 * 60), rateLimit: 10_000 })).status).toBe(410)

    // The clinician sees why; the block is audited once, the two earlier pauses as locks.
    const stored = await payload.findByID({ collection: 'share-links', id: link.id, user: clinician, overrideAccess: false })
    expect(stored.blockedAt).toBe(at(44).toISOString())
    expect(shareLinkStatus(stored, at(24 * 60))).toBe('blocked')
    const audited = async (action: 'share.lock' | 'share.block') =>
      (
        await payload.count({
          collection: 'audit-events',
          where: { and: [{ action: { equals: action } }, { detail: { equals: `link ${link.tokenId}` } }] },
          overrideAccess: true,
        })
      ).totalDocs
    expect(await audited('share.lock')).toBe(2)
    expect(await audited('share.block')).toBe(1)

    // A new link for the same handout works at once.
    const fresh = await createShareLink({ payload, user: clinician, handoutId: handout.id, accessCheck: 'birth-year', birthYear: '1961' })
    const freshToken = fresh.path.replace('/p/', '')
    expect(
      (await submitPatientShareAnswer({ payload, request: post(freshToken, '1961'), token: freshToken, now: at(24 * 60), rateLimit: 10_000 })).status,
    ).toBe(303)
  })

  it('forgets earlier lockouts once the right answer is given', async () => {
    const { token, link } = await shareNewHandout({ accessCheck: 'access-code' })
    const wrongCode = link.accessCode === '000000' ? '111111' : '000000'
    const start = new Date()
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000)
    const answer = (code: string, minute: number) =>
      submitPatientShareAnswer({ payload, request: post(token, code), token, now: at(minute), rateLimit: 10_000 })
    const lockOnce = async (fromMinute: number) => {
      for (let guess = 0; guess < 5; guess += 1) await answer(wrongCode, fromMinute + guess)
    }
    await lockOnce(0)
    await lockOnce(20)
    expect((await answer(link.accessCode!, 40)).status).toBe(303)
    await lockOnce(60)
    await lockOnce(80)
    // Two lockouts since the right answer: paused, not closed.
    expect((await answer(link.accessCode!, 90)).status).toBe(423)
    expect((await answer(link.accessCode!, 100)).status).toBe(303)
  })

  it('gives a burst of parallel guesses no more than 5 wrong answers', async () => {
    const { token, link } = await shareNewHandout({ accessCheck: 'access-code' })
    const guesses = Array.from({ length: 12 }, (_, index) => String((Number(link.accessCode) + index + 1) % 1_000_000).padStart(6, '0'))
    const statuses = await Promise.all(
      guesses.map((guess) => submitPatientShareAnswer({ payload, request: post(token, guess), token, rateLimit: 10_000 }).then((r) => r.status)),
    )
    expect(statuses.filter((status) => status === 403)).toHaveLength(4)
    expect(statuses.filter((status) => status === 423)).toHaveLength(8)
  })

  it('refuses a form posted from another site', async () => {
    const { token, link } = await shareNewHandout({ accessCheck: 'access-code' })
    const request = new Request(`http://127.0.0.1/p/${token}`, {
      method: 'POST',
      headers: { 'x-forwarded-for': freshAddress(), 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example', host: '127.0.0.1' },
      body: new URLSearchParams({ answer: link.accessCode! }).toString(),
    })
    expect((await submitPatientShareAnswer({ payload, request, token, rateLimit: 10_000 })).status).toBe(403)
  })

  it.each(['null', 'file://', 'http://127.0.0.1.evil.example'])('refuses the form with Origin %j, with a clear 403, and counts no attempt', async (origin) => {
    const { token, link } = await shareNewHandout({ accessCheck: 'access-code' })
    const request = new Request(`http://127.0.0.1/p/${token}`, {
      method: 'POST',
      headers: { 'x-forwarded-for': freshAddress(), 'content-type': 'application/x-www-form-urlencoded', origin, host: '127.0.0.1' },
      body: new URLSearchParams({ answer: link.accessCode! }).toString(),
    })
    const response = await submitPatientShareAnswer({ payload, request, token, rateLimit: 10_000 })
    expect(response.status).toBe(403)
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(await response.text()).toMatch(/only works on the page your clinic’s link opens/)
  })

  it('accepts the form from its own page under any name the site is reached by', async () => {
    const { token, link } = await shareNewHandout({ accessCheck: 'access-code' })
    const request = new Request(`http://127.0.0.1/p/${token}`, {
      method: 'POST',
      headers: {
        'x-forwarded-for': freshAddress(),
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://clinic.example',
        host: 'app:3000',
        'x-forwarded-host': 'clinic.example',
      },
      body: new URLSearchParams({ answer: link.accessCode! }).toString(),
    })
    expect((await submitPatientShareAnswer({ payload, request, token, rateLimit: 10_000 })).status).toBe(303)
  })
})

describe('rate limit on /p/*', () => {
  it('keeps the counters in an UNLOGGED table: no write-ahead-log flush on every patient request', async () => {
    const { rows } = await payload.db.pool.query<{ relpersistence: string }>(`SELECT relpersistence FROM pg_class WHERE relname = 'share_rate_limits'`)
    expect(rows[0]?.relpersistence).toBe('u')
  })

  it('answers 429 with Retry-After past the limit, per client, counted in the database', async () => {
    const { token, link } = await shareNewHandout()
    const address = freshAddress()
    const now = new Date(Math.floor(Date.now() / 60_000) * 60_000 + 5_000)
    const statuses: number[] = []
    for (let i = 0; i < 4; i += 1)
      statuses.push((await servePatientSharePage({ payload, request: get(token, { address }), token, now, rateLimit: 3, clientAddress: address })).status)
    expect(statuses).toEqual([200, 200, 200, 429])
    const refused = await servePatientSharePage({ payload, request: get(token, { address }), token, now, rateLimit: 3, clientAddress: address })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBe(55)
    expectPatientHeaders(refused)
    // A refused request counts no open and writes no audit row.
    expect((await payload.findByID({ collection: 'share-links', id: link.id, overrideAccess: true })).openCount).toBe(3)
    const audited = await payload.count({
      collection: 'audit-events',
      where: { and: [{ action: { equals: 'share.open' } }, { detail: { equals: `link ${link.tokenId}` } }] },
      overrideAccess: true,
    })
    expect(audited.totalDocs).toBe(3)
    // Another client is unaffected.
    expect((await servePatientSharePage({ payload, request: get(token), token, now, rateLimit: 3, clientAddress: freshAddress() })).status).toBe(200)

    // Only a keyed hash of the address is stored.
    const { rows } = await payload.db.drizzle.execute(
      sql`SELECT bucket, hits FROM share_rate_limits WHERE bucket LIKE ${`${clientAddressKey(payload.secret, address)}:%`}`,
    )
    expect(rows).toHaveLength(1)
    expect(Number((rows[0] as { hits: string }).hits)).toBe(5)
    expect(JSON.stringify(rows)).not.toContain(address)
  })

  it('weighs the previous minute into the page statement exactly as the other /p/* requests do', async () => {
    const { token, link } = await shareNewHandout()
    const address = freshAddress()
    const windowStart = Math.floor(Date.now() / 60_000) * 60_000
    // Four requests (e.g. PDF downloads) in the previous minute, counted by consumeShareRateLimit.
    for (let i = 0; i < 4; i += 1) await consumeShareRateLimit({ payload, clientAddress: address, limit: 100, now: new Date(windowStart - 30_000) })
    // Half-way through this minute they weigh 4 × 0.5 = 2: with a limit of 3, one page, then a 429 until 15 s later.
    const now = new Date(windowStart + 30_000)
    const open = () => servePatientSharePage({ payload, request: get(token, { address }), token, now, rateLimit: 3, clientAddress: address })
    expect((await open()).status).toBe(200)
    const refused = await open()
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBe(15)
    expect((await consumeShareRateLimit({ payload, clientAddress: address, limit: 3, now })).allowed).toBe(false)
    expect((await payload.findByID({ collection: 'share-links', id: link.id, overrideAccess: true })).openCount).toBe(1)
  })

  it('counts concurrent requests exactly and deletes rows once expired', async () => {
    const address = freshAddress()
    const now = new Date()
    const decisions = await Promise.all(Array.from({ length: 20 }, () => consumeShareRateLimit({ payload, clientAddress: address, limit: 10, now })))
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(10)
    const deleted = await deleteExpiredRateLimitRows({ payload, now: new Date(now.getTime() + 3 * 60_000) })
    expect(deleted).toBeGreaterThanOrEqual(1)
    const { rows } = await payload.db.drizzle.execute(
      sql`SELECT 1 FROM share_rate_limits WHERE bucket LIKE ${`${clientAddressKey(payload.secret, address)}:%`}`,
    )
    expect(rows).toHaveLength(0)
  })

  it('is not readable or writable through the API', async () => {
    const admin = await createTestUser(payload, ['admin'])
    await expect(payload.find({ collection: 'share-rate-limits', user: admin, overrideAccess: false })).rejects.toThrow()
    await expect(payload.find({ collection: 'share-access-guards', user: admin, overrideAccess: false })).rejects.toThrow()
  })
})
