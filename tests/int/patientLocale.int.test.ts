import crypto from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createHandout } from '@/lib/handouts/createHandout'
import { createShareLink } from '@/lib/share/createShareLink'
import { revokeShareLink } from '@/lib/share/revokeShareLink'
import { servePatientSharePage, servePatientSharePdf, submitPatientShareAnswer } from '@/lib/share/servePatientShare'
import { extractPdfText } from '@/tests/support/extractPdfText'

import { createTestUser, findSeededTopic, getTestPayload } from './testPayload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

function freshAddress(): string {
  return `198.51.100.${crypto.randomInt(1, 255)}-${crypto.randomBytes(4).toString('hex')}`
}

function get(token: string, headers: Record<string, string> = {}): Request {
  return new Request(`http://127.0.0.1/p/${token}`, { headers: { 'x-forwarded-for': freshAddress(), ...headers } })
}

function post(token: string, answer: string): Request {
  return new Request(`http://127.0.0.1/p/${token}`, {
    method: 'POST',
    headers: { 'x-forwarded-for': freshAddress(), 'content-type': 'application/x-www-form-urlencoded', origin: 'http://127.0.0.1', host: '127.0.0.1' },
    body: new URLSearchParams({ answer }).toString(),
  })
}

const serve = (token: string, request: Request, now?: Date) => servePatientSharePage({ payload, request, token, now, rateLimit: 10_000 })
const servePdf = (token: string, request: Request, now?: Date) => servePatientSharePdf({ payload, request, token, now, rateLimit: 10_000 })

describe('patient pages that cannot know the handout', () => {
  it('answer an unknown link in every language, the reader’s browser language first', async () => {
    const token = crypto.randomBytes(32).toString('base64url')
    const spanishReader = await serve(token, get(token, { 'accept-language': 'es-US,es;q=0.9,en;q=0.5' }))
    expect(spanishReader.status).toBe(404)
    const spanishPage = await spanishReader.text()
    expect(spanishPage).toContain('<html lang="es-US" dir="ltr">')
    expect(spanishPage).toContain('<h1>Página no encontrada</h1>')
    expect(spanishPage).toContain('<h2 id="heading-en">Page not found</h2>')

    const noPreference = await (await serve(token, get(token))).text()
    expect(noPreference).toContain('<html lang="en-US" dir="ltr">')
    expect(noPreference.indexOf('<h1>Page not found</h1>')).toBeLessThan(noPreference.indexOf('Página no encontrada</h2>'))

    const pdf = await servePdf(token, get(token, { 'accept-language': 'es' }))
    expect(pdf.status).toBe(404)
    expect(await pdf.text()).toBe('No se encontró esta página.\n\nNot found')
  })
})

describe('a Spanish handout, end to end', () => {
  async function shareSpanishHandout(options: Partial<Parameters<typeof createShareLink>[0]> = {}) {
    const clinician = await createTestUser(payload, ['clinician'])
    const topic = await findSeededTopic(payload)
    const handout = await createHandout({
      payload,
      user: clinician,
      input: { topicId: topic.id, sectionIds: [topic.sections[0]!.id!], patientName: 'Pat Español', followUpDate: '2099-12-14' },
    })
    // Test setup: the builder does not offer Spanish yet, so the language is set directly.
    await payload.db.drizzle.execute(sql`UPDATE handouts SET language = 'es', updated_at = now() WHERE id = ${handout.id}`)
    const link = await createShareLink({ payload, user: clinician, handoutId: handout.id, ...options })
    return { clinician, handout, link, token: link.path.replace('/p/', '') }
  }

  it('shows the page and the PDF with every word around the handout’s text in Spanish', async () => {
    const { token } = await shareSpanishHandout()
    const response = await serve(token, get(token))
    expect(response.status).toBe(200)
    const page = await response.text()
    expect(page).toContain('<html lang="es-US" dir="ltr">')
    expect(page).toContain('<title>Su folleto</title>')
    expect(page).toMatch(/Preparado para Pat Español el \d{1,2} de \p{L}+ de \d{4}/u)
    expect(page).toContain('Su próxima cita: <strong>14 de diciembre de 2099</strong>')
    expect(page).toContain('>Descargar el PDF</a>')
    expect(page).not.toMatch(/Prepared for|Download PDF|Next steps/)

    const pdfResponse = await servePdf(token, get(token))
    expect(pdfResponse.status).toBe(200)
    const pdf = await extractPdfText(Buffer.from(await pdfResponse.arrayBuffer()))
    const text = pdf.text.replace(/\s+/g, ' ')
    expect(text).toContain('Preparado para Pat Español')
    expect(text).toContain('Lea este folleto en internet:')
    expect(text).toContain('Su próxima cita: 14 de diciembre de 2099')
    expect(text).toMatch(/Página 1 de \d/)
    expect(pdf.info).toMatchObject({ Language: 'es-US' })
  })

  it('asks for the access code and refuses a wrong one in Spanish', async () => {
    const { token, link } = await shareSpanishHandout({ accessCheck: 'access-code' })
    const form = await (await serve(token, get(token))).text()
    expect(form).toContain('<h1>Confirme que es usted</h1>')
    expect(form).toContain('<label for="answer">Código de acceso</label>')
    const wrongCode = link.accessCode === '000000' ? '111111' : '000000'
    const wrong = await submitPatientShareAnswer({ payload, request: post(token, wrongCode), token, rateLimit: 10_000 })
    expect(wrong.status).toBe(403)
    expect(await wrong.text()).toContain('Ese código de acceso no es correcto.')
    const malformed = await submitPatientShareAnswer({ payload, request: post(token, '12'), token, rateLimit: 10_000 })
    expect(await malformed.text()).toContain('Escriba los 6 números del código de acceso')
  })

  it('says in Spanish that the link was revoked or has expired, on the page and for the PDF', async () => {
    const revoked = await shareSpanishHandout()
    await revokeShareLink({ payload, user: revoked.clinician, shareLinkId: revoked.link.id })
    const gone = await serve(revoked.token, get(revoked.token))
    expect(gone.status).toBe(410)
    const gonePage = await gone.text()
    expect(gonePage).toContain('<html lang="es-US" dir="ltr">')
    expect(gonePage).toContain('<h1>Este folleto ya no está disponible</h1>')
    expect(gonePage).toContain('<a href="tel:911">llame al 911</a>')
    expect(await (await servePdf(revoked.token, get(revoked.token))).text()).toBe('Este folleto ya no está disponible. Comuníquese con su clínica.')

    const now = new Date('2026-03-01T00:00:00Z')
    const expiring = await shareSpanishHandout({ now, validForDays: 7 })
    const expired = await serve(expiring.token, get(expiring.token), new Date('2026-03-09T00:00:00Z'))
    expect(expired.status).toBe(410)
    expect(await expired.text()).toContain('<h1>Este enlace ya venció</h1>')
  })
})
