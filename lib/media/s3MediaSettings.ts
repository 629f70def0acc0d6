/**
 * Media in an S3 bucket (AWS S3 or any S3-compatible store: MinIO, Ceph,
 * Cloudflare R2…), so several app instances share uploads without a shared
 * folder. Off unless CARELEAF_S3_BUCKET is set; local disk stays the default.
 * Kept free of Payload and AWS imports: the PDF worker's code may load it.
 */
export interface S3MediaSettings {
  bucket: string
  region: string
  /** An S3-compatible server's URL; null for AWS itself. */
  endpoint: string | null
  /** Bucket in the path (`https://host/bucket/key`), as most S3-compatible servers need. */
  forcePathStyle: boolean
  /** Keys from the environment; null = the AWS SDK's own chain (AWS_* variables, an instance or task role). */
  credentials: { accessKeyId: string; secretAccessKey: string } | null
}

/** A setting that cannot work: the server stops at start with this sentence instead of failing at the first upload. */
export class MediaStorageConfigError extends Error {
  override name = 'MediaStorageConfigError'
}

// AWS's bucket naming rules (3–63 characters: lower-case letters, digits, dots and hyphens, starting and ending alphanumeric).
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/

function setting(env: Record<string, string | undefined>, name: string): string | null {
  const value = env[name]?.trim()
  return value ? value : null
}

export function s3MediaSettings(env: Record<string, string | undefined> = process.env): S3MediaSettings | null {
  const bucket = setting(env, 'CARELEAF_S3_BUCKET')
  if (!bucket) return null
  if (!BUCKET_NAME.test(bucket)) {
    throw new MediaStorageConfigError(`CARELEAF_S3_BUCKET "${bucket}" is not a valid S3 bucket name (3–63 lower-case letters, digits, dots or hyphens).`)
  }
  const endpoint = setting(env, 'CARELEAF_S3_ENDPOINT')
  if (endpoint) {
    let url: URL | null = null
    try {
      url = new URL(endpoint)
    } catch {
      url = null
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      throw new MediaStorageConfigError(`CARELEAF_S3_ENDPOINT must be an http(s) URL, such as https://minio.internal:9000.`)
    }
  }
  const accessKeyId = setting(env, 'CARELEAF_S3_ACCESS_KEY_ID')
  const secretAccessKey = setting(env, 'CARELEAF_S3_SECRET_ACCESS_KEY')
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new MediaStorageConfigError('Set both CARELEAF_S3_ACCESS_KEY_ID and CARELEAF_S3_SECRET_ACCESS_KEY, or neither (to use the AWS SDK’s own credentials).')
  }
  const pathStyle = setting(env, 'CARELEAF_S3_FORCE_PATH_STYLE')
  if (pathStyle && pathStyle !== 'true' && pathStyle !== 'false') {
    throw new MediaStorageConfigError('CARELEAF_S3_FORCE_PATH_STYLE must be true or false.')
  }
  return {
    bucket,
    region: setting(env, 'CARELEAF_S3_REGION') ?? 'us-east-1',
    endpoint,
    // S3-compatible servers usually serve the bucket in the path; AWS itself prefers it in the host name.
    forcePathStyle: pathStyle ? pathStyle === 'true' : endpoint !== null,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : null,
  }
}
