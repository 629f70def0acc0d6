/**
 * Other hosts (`host[:port]`) whose pages may post to this site: Next.js's
 * `serverActions.allowedOrigins` (next.config.ts) and our own route handlers'
 * check (lib/auth/isSameOrigin.ts) read this one list, so the two rules
 * cannot drift apart. Empty: only the site itself.
 */
export const ALLOWED_ORIGIN_HOSTS: string[] = []
