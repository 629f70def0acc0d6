/**
 * The site-wide Content Security Policy (everything except the patient pages
 * under /p, which set their own). Scripts run only with the per-request nonce
 * that proxy.ts hands to Next.js ('strict-dynamic' lets those load Next's
 * chunks); nobody may frame any page, the admin included (clickjacking).
 * Styles keep 'unsafe-inline': React and Payload's admin set style attributes,
 * and inline styles cannot run code.
 */
export function contentSecurityPolicy({ nonce, development = false, https = false }: { nonce: string; development?: boolean; https?: boolean }): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // React's development build evaluates code for its error overlay; production never does.
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(development ? ['ws:'] : [])],
    'frame-src': ["'self'"],
    'worker-src': ["'self'", 'blob:'],
    'frame-ancestors': ["'none'"],
    'form-action': ["'self'"],
    'base-uri': ["'self'"],
    'object-src': ["'none'"],
  }
  const policy = Object.entries(directives).map(([name, values]) => `${name} ${values.join(' ')}`)
  if (https) policy.push('upgrade-insecure-requests')
  return policy.join('; ')
}

/** Two years, all subdomains (HSTS preload list minimum); sent only over HTTPS deployments. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains'
