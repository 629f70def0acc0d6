import { describe, expect, it } from 'vitest'

import { scopeClientHintsToAdmin } from './scopeAdminClientHints'
import nextConfig from '../../next.config'

const payloadRule = {
  source: '/:path*',
  headers: [
    { key: 'Accept-CH', value: 'Sec-CH-Prefers-Color-Scheme' },
    { key: 'Vary', value: 'Sec-CH-Prefers-Color-Scheme' },
    { key: 'Critical-CH', value: 'Sec-CH-Prefers-Color-Scheme' },
  ],
}

describe('scopeClientHintsToAdmin', () => {
  it('moves the client-hint rule to the admin and leaves every other rule alone', () => {
    const siteRule = { source: '/:path*', headers: [{ key: 'X-Frame-Options', value: 'DENY' }] }
    const patientRule = { source: '/p/:path*', headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }] }
    expect(scopeClientHintsToAdmin([siteRule, patientRule, payloadRule])).toEqual([siteRule, patientRule, { ...payloadRule, source: '/admin/:path*' }])
  })

  it('is applied to the real Next.js config: no Critical-CH outside /admin', async () => {
    const rules = await nextConfig.headers!()
    const asking = rules.filter((rule) => rule.headers.some((header) => ['critical-ch', 'accept-ch'].includes(header.key.toLowerCase())))
    expect(asking.length).toBeGreaterThan(0)
    for (const rule of asking) expect(rule.source).toBe('/admin/:path*')
  })
})
