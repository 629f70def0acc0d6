/** Only same-site paths: a crafted `callbackUrl` must not bounce a clinician to another site. */
export function safeCallbackPath(candidate: string | null | undefined, fallback = '/library'): string {
  if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) return fallback
  return candidate
}
