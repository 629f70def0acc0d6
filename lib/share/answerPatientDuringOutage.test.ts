import { describe, expect, it } from 'vitest'

import { rememberClinicContact } from '@/lib/clinic/lastKnownClinic'

import { answerPatientDuringOutage } from './answerPatientDuringOutage'

const refused = () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))

describe('answerPatientDuringOutage', () => {
  it('passes the route’s own answer through', async () => {
    const response = await answerPatientDuringOutage('page', async () => new Response('ok', { status: 410 }))
    expect(response.status).toBe(410)
  })

  it('turns an unreachable database into a 503 page with the clinic’s last known phone and the patient headers, and no detail', async () => {
    rememberClinicContact({ name: 'Riverside Clinic', phone: '+1 555 0142' })
    const response = await answerPatientDuringOutage('page', refused)
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('30')
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
    const page = await response.text()
    expect(page).toContain('Riverside Clinic')
    expect(page).toContain('tel:+15550142')
    expect(page).not.toMatch(/ECONNREFUSED|5432/)
    const file = await answerPatientDuringOutage('file', refused)
    expect(file.status).toBe(503)
    expect(file.headers.get('content-type')).toContain('text/plain')
  })

  it('leaves any other failure a failure', async () => {
    await expect(answerPatientDuringOutage('page', () => Promise.reject(new TypeError('a bug')))).rejects.toThrow('a bug')
  })
})
