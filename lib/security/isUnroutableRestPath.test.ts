import { describe, expect, it } from 'vitest'

import { isBulkWriteWithoutWhere, isUnroutableRestPath } from './isUnroutableRestPath'

describe('isUnroutableRestPath', () => {
  it.each([
    ['GET', '/api/topics/1'],
    ['GET', '/api/topics/count'],
    ['GET', '/api/topics/versions/12'],
    ['GET', '/api/media/file/leaf.png'],
    ['GET', '/api/users/me'],
    ['GET', '/api/audit-events/export.csv'],
    ['GET', '/api/topics/content-packs/export'],
    ['POST', '/api/topics/content-packs/import'],
    ['POST', '/api/users/login'],
    ['POST', '/api/topics/3/duplicate'],
    ['PATCH', '/api/handouts/7'],
    ['DELETE', '/api/kits/9'],
    ['GET', '/api/globals/clinic'],
    ['GET', '/api/auth/session'],
    ['PUT', '/api/topics/anything'],
  ])('routes %s %s', (method, path) => {
    expect(isUnroutableRestPath(method, path)).toBe(false)
  })

  it.each([
    ['GET', '/api/topics/distinct'],
    ['GET', '/api/topics/AAAA'],
    ['GET', '/api/topics/%20'],
    ['GET', '/api/topics/versions/abc'],
    ['PATCH', '/api/topics/count'],
    ['DELETE', '/api/users/me'],
    ['POST', '/api/users/me'],
    ['GET', '/api/users/login'],
    ['GET', '/api/payload-migrations'],
    ['POST', '/api/__proto__'],
    ['GET', '/api/constructor/1'],
    ['GET', '/api/Topics'],
    ['POST', '/api/payload-migrations/1'],
  ])('refuses %s %s (the word would be read as an id)', (method, path) => {
    expect(isUnroutableRestPath(method, path)).toBe(true)
  })
})

describe('isBulkWriteWithoutWhere', () => {
  const at = (path: string) => new URL(`http://127.0.0.1${path}`)
  it('refuses a bulk update or delete without where', () => {
    expect(isBulkWriteWithoutWhere('PATCH', at('/api/topics'))).toBe(true)
    expect(isBulkWriteWithoutWhere('DELETE', at('/api/kits/?depth=0'))).toBe(true)
  })
  it('lets a bulk write with where, a single document and other methods through', () => {
    expect(isBulkWriteWithoutWhere('PATCH', at('/api/topics?where[id][equals]=1'))).toBe(false)
    expect(isBulkWriteWithoutWhere('PATCH', at('/api/topics/1'))).toBe(false)
    expect(isBulkWriteWithoutWhere('POST', at('/api/topics'))).toBe(false)
    expect(isBulkWriteWithoutWhere('DELETE', at('/api/session'))).toBe(false)
  })
})
