import { afterEach, describe, expect, it } from 'vitest'

import { databaseOutageAnswer } from './databaseOutageAnswer'
import { markDatabaseReachable, markDatabaseUnreachable } from './databaseReachability'

describe('databaseOutageAnswer', () => {
  afterEach(() => markDatabaseReachable())

  it('lets everything through while the database is reachable', () => {
    expect(databaseOutageAnswer('/library')).toBeNull()
    expect(databaseOutageAnswer('/api/handouts')).toBeNull()
  })

  it('answers staff pages and APIs 503 at once while it is not, saying nothing about why', async () => {
    markDatabaseUnreachable()
    const page = databaseOutageAnswer('/library')!
    expect(page.status).toBe(503)
    expect(page.headers.get('retry-after')).toBe('30')
    expect(page.headers.get('content-type')).toContain('text/html')
    expect(await page.text()).toContain('briefly unavailable')
    const api = databaseOutageAnswer('/api/handouts/7')!
    expect(api.status).toBe(503)
    expect(JSON.stringify(await api.json())).not.toMatch(/postgres|ECONN|5432/i)
  })

  it('leaves patient links (they answer their own 503, with the clinic phone) and health checks alone', () => {
    markDatabaseUnreachable()
    expect(databaseOutageAnswer('/p/abc')).toBeNull()
    expect(databaseOutageAnswer('/api/health/live')).toBeNull()
    expect(databaseOutageAnswer('/api/health/ready')).toBeNull()
  })
})
