import { describe, expect, it } from 'vitest'

import { PATIENT_ANSWER_FORM_MAX_BYTES, readPatientAnswerForm } from './readPatientAnswerForm'

const form = (body: BodyInit, headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' }) =>
  new Request('http://127.0.0.1/p/t/answers', { method: 'POST', headers, body, duplex: 'half' } as RequestInit)

describe('readPatientAnswerForm', () => {
  it('reads a plain form post, repeats kept in order', async () => {
    expect(await readPatientAnswerForm(form('section=a&q-1=o1&q-1=o2'))).toEqual({
      status: 'ok',
      fields: [
        ['section', 'a'],
        ['q-1', 'o1'],
        ['q-1', 'o2'],
      ],
    })
    expect((await readPatientAnswerForm(form('section=a', { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' }))).status).toBe('ok')
  })

  it.each(['multipart/form-data; boundary=x', 'application/json', 'text/plain', ''])('refuses %j as not a form post', async (type) => {
    expect(await readPatientAnswerForm(form('section=a', type ? { 'content-type': type } : {}))).toEqual({ status: 'unsupported-type' })
  })

  it('refuses a body over the limit, by its declared length or by what arrives', async () => {
    const big = `section=${'a'.repeat(PATIENT_ANSWER_FORM_MAX_BYTES)}`
    expect(await readPatientAnswerForm(form(big))).toEqual({ status: 'too-large' })
    const declared = { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(PATIENT_ANSWER_FORM_MAX_BYTES + 1) }
    expect(await readPatientAnswerForm(form('section=a', declared))).toEqual({ status: 'too-large' })
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big))
        controller.close()
      },
    })
    // Streamed without a Content-Length: counted as it arrives.
    expect(await readPatientAnswerForm(form(stream))).toEqual({ status: 'too-large' })
    expect((await readPatientAnswerForm(form(`section=${'a'.repeat(PATIENT_ANSWER_FORM_MAX_BYTES - 8)}`))).status).toBe('ok')
  })

  it('refuses bytes that are not UTF-8 text', async () => {
    expect(await readPatientAnswerForm(form(new Uint8Array([0x73, 0x3d, 0xff, 0xfe])))).toEqual({ status: 'unreadable' })
  })
})
