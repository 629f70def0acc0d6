import type { LoggerInstance } from 'next-auth'

import { logSafeText } from '@/lib/security/logSafeText'

/**
 * next-auth's default logger prints each error's whole context object, which
 * for single sign-on includes the IdP's profile (the user's email) and can
 * include token responses. Logs keep the error code, name and message only.
 */
export function describeNextAuthError(code: string, metadata: unknown): string {
  const error =
    metadata instanceof Error
      ? metadata
      : metadata && typeof metadata === 'object' && 'error' in metadata && metadata.error instanceof Error
        ? metadata.error
        : null
  // The code and message can be anyone's input (`POST /api/auth/_log`, a failed query's text): made log-safe.
  const line = error ? `[next-auth][error][${code}] ${error.name}: ${error.message}` : `[next-auth][error][${code}]`
  return logSafeText(line)
}

export const nextAuthLogger: Partial<LoggerInstance> = {
  error: (code, metadata) => console.error(describeNextAuthError(code, metadata)),
  warn: (code) => console.warn(logSafeText(`[next-auth][warn][${String(code)}]`)),
  // Debug output is all context (profiles, tokens); it is never wanted in Careleaf's logs.
  debug: () => undefined,
}
