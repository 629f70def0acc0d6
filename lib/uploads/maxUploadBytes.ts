/** The upload cap (CARELEAF_MAX_UPLOAD_MB, 10 MB by default), on its own so the proxy can read it without the file sniffer. */
export const DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024

export function maxUploadBytes(env: Partial<Record<string, string>> = process.env): number {
  const megabytes = Number(env.CARELEAF_MAX_UPLOAD_MB)
  return Number.isFinite(megabytes) && megabytes > 0 && megabytes <= 100 ? Math.floor(megabytes * 1024 * 1024) : DEFAULT_MAX_UPLOAD_BYTES
}
