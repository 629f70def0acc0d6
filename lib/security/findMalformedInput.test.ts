import { describe, expect, it } from 'vitest'

import { findMalformedInput } from './findMalformedInput'
import { requestBodyLimitBytes } from './requestBodyLimit'

const origin = 'http://127.0.0.1:3000'

function post(path: string, body: BodyInit, contentType?: string, headers: Record<string, string> = {}): Request {
  return new Request(`${origin}${path}`, { method: 'POST', body, headers: { ...(contentType ? { 'content-type': contentType } : {}), ...headers } })
}

describe('findMalformedInput', () => {
  it.each(['/p/%C0%AF', '/p/%', '/p/abc%zz/pdf', '/api/topics/%E0%A4%A', '/api/auth/%ED%A0%80', '/sign-in/%ff'])(
    'refuses the badly percent-encoded path %s with 400',
    async (path) => {
      expect(await findMalformedInput(new Request(`${origin}${path}`))).toMatchObject({ status: 400 })
    },
  )

  it('lets well-formed encodings through', async () => {
    expect(await findMalformedInput(new Request(`${origin}/p/abc%20def%F0%9F%98%80`))).toBeNull()
  })

  it('refuses NUL in the path or the query', async () => {
    expect(await findMalformedInput(new Request(`${origin}/api/topics?where[title][like]=%00`))).toMatchObject({ status: 400 })
  })

  it.each([
    ['a JSON escape', '{"patientName":"Jane\\u0000Doe"}', 'application/json'],
    ['a JSON escape, deep and as a whole body', '"\\u0000"', 'application/json'],
    ['a nested JSON value', '{"sections":[{"heading":{"x":"\\u0000"}}]}', 'application/json'],
    ['a raw NUL', '{"email":"a\u0000@b.c"}', 'application/json'],
    ['a form value', 'csrfToken=x&email=a%00b&password=p', 'application/x-www-form-urlencoded'],
    ['a server action argument', '["$K1","\\u0000"]', 'text/plain;charset=UTF-8'],
  ])('refuses NUL in a body: %s', async (_label, body, contentType) => {
    expect(await findMalformedInput(post('/api/handouts', body, contentType))).toMatchObject({ status: 400 })
  })

  it('refuses NUL in a multipart text field but not in a file part (images are full of NULs)', async () => {
    const withFile = new FormData()
    withFile.set('alt', 'A diagram')
    withFile.set('file', new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])], { type: 'image/png' }), 'a.png')
    expect(await findMalformedInput(post('/api/media', withFile))).toBeNull()
    const withNulField = new FormData()
    withNulField.set('answer', '19\u000080')
    expect(await findMalformedInput(post('/p/abc', withNulField))).toMatchObject({ status: 400 })
  })

  it('keeps an escaped backslash followed by "u0000" (that is text, not NUL)', async () => {
    expect(await findMalformedInput(post('/api/handouts', '{"instructions":"C:\\\\u0000"}', 'application/json'))).toBeNull()
  })

  it('leaves the original body readable for the route', async () => {
    const request = post('/api/users/login', '{"email":"a@b.c","password":"x"}', 'application/json')
    expect(await findMalformedInput(request)).toBeNull()
    expect(await request.json()).toEqual({ email: 'a@b.c', password: 'x' })
  })

  it('answers 404 for a word Payload would read as a document id', async () => {
    expect(await findMalformedInput(new Request(`${origin}/api/topics/distinct`))).toMatchObject({ status: 404 })
    expect(await findMalformedInput(new Request(`${origin}/api/topics/count`, { method: 'PATCH', body: '{}' }))).toMatchObject({ status: 404 })
    expect(await findMalformedInput(new Request(`${origin}/api/topics/count`))).toBeNull()
  })

  it('refuses a next-auth callbackUrl that next-auth itself would answer with a 500', async () => {
    expect(await findMalformedInput(post('/api/auth/signin/credentials?callbackUrl=abc', 'csrfToken=x', 'application/x-www-form-urlencoded'))).toMatchObject({
      status: 400,
    })
    expect(await findMalformedInput(new Request(`${origin}/api/auth/signin?callbackUrl=%2Flibrary`))).toBeNull()
  })

  it('refuses a body larger than any upload with 413, from its declared length', async () => {
    const request = post('/api/media', 'x', 'multipart/form-data; boundary=x', { 'content-length': String(requestBodyLimitBytes() + 1) })
    expect(await findMalformedInput(request)).toMatchObject({ status: 413 })
  })
})

describe('findMalformedInput: bodies that do not parse as their declared type', () => {
  it.each([
    ['a JSON body that is not JSON', '{"email":', 'application/json'],
    ['a form sent as JSON', 'csrfToken=x&email=y', 'application/json'],
    ['multipart without a boundary', 'answer=1', 'multipart/form-data'],
  ])('refuses %s with 400', async (_label, body, contentType) => {
    expect(await findMalformedInput(post('/anything', body, contentType))).toMatchObject({ status: 400 })
  })
})
