/**
 * Payload's `withPayload` asks for the `Sec-CH-Prefers-Color-Scheme` client
 * hint on every path ('/:path*') with `Critical-CH`, so the admin can render
 * its dark or light theme without a flash. On any other page that costs a
 * whole second request: a browser that did not send the hint discards the
 * first response and asks again (Chromium shows it as an internal 307). For
 * patient links that meant every first open was served, counted and audited
 * twice. Only the admin reads the hint, so only the admin asks for it.
 * (Upstream: payloadcms/payload#17906.)
 */
interface HeaderRule {
  source: string
  headers: Array<{ key: string; value: string }>
  [option: string]: unknown
}

const CLIENT_HINT_HEADERS = new Set(['accept-ch', 'critical-ch'])

function asksForClientHints(rule: HeaderRule): boolean {
  return rule.headers.some((header) => CLIENT_HINT_HEADERS.has(header.key.toLowerCase()))
}

export function scopeClientHintsToAdmin<Rule extends HeaderRule>(rules: Rule[], adminRoute = '/admin'): Rule[] {
  return rules.map((rule) => (rule.source === '/:path*' && asksForClientHints(rule) ? { ...rule, source: `${adminRoute}/:path*` } : rule))
}
