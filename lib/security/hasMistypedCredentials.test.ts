import { describe, expect, it } from 'vitest'

import { hasMistypedCredentials } from './hasMistypedCredentials'

const json = 'application/json'

describe('hasMistypedCredentials', () => {
  it('accepts string credentials as JSON', () => {
    expect(hasMistypedCredentials('POST', '/api/users/login', json, '{"email":"a@b.c","password":"x"}')).toBe(false)
    expect(hasMistypedCredentials('POST', '/api/users/forgot-password', 'application/json; charset=utf-8', '{"email":"a@b.c"}')).toBe(false)
  })

  it.each(['{"email":null,"password":"x"}', '{"email":"a@b.c","password":{}}', '{"username":[]}', '[]', 'null', '"x"', '{"email":'])('refuses %s', (body) => {
    expect(hasMistypedCredentials('POST', '/api/users/login', json, body)).toBe(true)
  })

  it('refuses a urlencoded post, which Payload does not read, and lets its admin forms (multipart) through', () => {
    expect(hasMistypedCredentials('POST', '/api/users/login', 'application/x-www-form-urlencoded', 'email=a&password=b')).toBe(true)
    expect(hasMistypedCredentials('POST', '/api/users/forgot-password', 'multipart/form-data; boundary=x', '_payload={"email":"a@b.c"}')).toBe(false)
  })

  it.each(['{"callbackUrl":1}', '{"csrfToken":[]}', '{"email":{"$gt":""}}', '[]', '{"email":'])('refuses the next-auth JSON body %s', (body) => {
    expect(hasMistypedCredentials('POST', '/api/auth/callback/credentials', json, body)).toBe(true)
  })

  it('accepts next-auth bodies as its client sends them', () => {
    expect(hasMistypedCredentials('POST', '/api/auth/callback/credentials', 'application/x-www-form-urlencoded', 'csrfToken=x&email=a')).toBe(false)
    expect(hasMistypedCredentials('POST', '/api/auth/_log', json, '{"level":"error","code":"X","error":{"message":"m"}}')).toBe(false)
  })

  it('leaves other routes and methods alone', () => {
    expect(hasMistypedCredentials('POST', '/api/handouts', json, '{"title":1}')).toBe(false)
    expect(hasMistypedCredentials('GET', '/api/users/login', '', '')).toBe(false)
    expect(hasMistypedCredentials('POST', '/api/users/logout', '', '')).toBe(false)
  })
})
