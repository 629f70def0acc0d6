import { describe, expect, it } from 'vitest'

import { requireServerEnv } from './requireServerEnv'

const base = {
  DATABASE_URL: 'postgres://careleaf@127.0.0.1/careleaf',
  PAYLOAD_SECRET: 'a'.repeat(32),
  NEXTAUTH_SECRET: 'b'.repeat(32),
  NODE_ENV: 'production',
} satisfies NodeJS.ProcessEnv

describe('requireServerEnv', () => {
  it('lets a complete configuration start, with or without S3 media', () => {
    expect(() => requireServerEnv(base)).not.toThrow()
    expect(() => requireServerEnv({ ...base, CARELEAF_S3_BUCKET: 'clinic-media' })).not.toThrow()
  })

  it('stops at start with one sentence for an S3 setting that cannot work, not at the first upload', () => {
    expect(() => requireServerEnv({ ...base, CARELEAF_S3_BUCKET: 'clinic-media', CARELEAF_S3_ACCESS_KEY_ID: 'key' })).toThrow(
      /^Careleaf cannot start: Set both CARELEAF_S3_ACCESS_KEY_ID and CARELEAF_S3_SECRET_ACCESS_KEY/,
    )
  })
})
