import { maxUploadBytes } from '../uploads/maxUploadBytes'

/**
 * The largest request body any route takes: one upload at the configured cap,
 * plus its multipart framing and fields. Read by next.config.ts (relative
 * imports only) and by the proxy, which refuses anything larger with 413.
 */
export function requestBodyLimitBytes(env: Partial<Record<string, string>> = process.env): number {
  return maxUploadBytes(env) + 1024 * 1024
}
