import { describe, expect, it } from 'vitest'

import { MediaStorageConfigError, s3MediaSettings } from './s3MediaSettings'

describe('s3MediaSettings', () => {
  it('is off without a bucket: media stay on local disk', () => {
    expect(s3MediaSettings({})).toBeNull()
    expect(s3MediaSettings({ CARELEAF_S3_BUCKET: '  ', CARELEAF_S3_REGION: 'eu-west-1' })).toBeNull()
  })

  it('reads an AWS bucket with the SDK’s own credentials, and an S3-compatible server in path style', () => {
    expect(s3MediaSettings({ CARELEAF_S3_BUCKET: 'clinic-media', CARELEAF_S3_REGION: 'eu-west-1' })).toEqual({
      bucket: 'clinic-media',
      region: 'eu-west-1',
      endpoint: null,
      forcePathStyle: false,
      credentials: null,
    })
    expect(
      s3MediaSettings({
        CARELEAF_S3_BUCKET: 'clinic-media',
        CARELEAF_S3_ENDPOINT: 'http://minio.internal:9000',
        CARELEAF_S3_ACCESS_KEY_ID: 'key',
        CARELEAF_S3_SECRET_ACCESS_KEY: 'secret',
      }),
    ).toEqual({
      bucket: 'clinic-media',
      region: 'us-east-1',
      endpoint: 'http://minio.internal:9000',
      forcePathStyle: true,
      credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
    })
    expect(s3MediaSettings({ CARELEAF_S3_BUCKET: 'clinic-media', CARELEAF_S3_ENDPOINT: 'https://r2.example', CARELEAF_S3_FORCE_PATH_STYLE: 'false' })?.forcePathStyle).toBe(
      false,
    )
  })

  it('stops at start with one sentence for a setting that cannot work', () => {
    const refused = (env: Record<string, string>) => () => s3MediaSettings(env)
    expect(refused({ CARELEAF_S3_BUCKET: 'Clinic_Media' })).toThrow(MediaStorageConfigError)
    expect(refused({ CARELEAF_S3_BUCKET: 'clinic-media', CARELEAF_S3_ENDPOINT: 'minio:9000' })).toThrow(/http\(s\) URL/)
    expect(refused({ CARELEAF_S3_BUCKET: 'clinic-media', CARELEAF_S3_ENDPOINT: 'ftp://minio' })).toThrow(/http\(s\) URL/)
    expect(refused({ CARELEAF_S3_BUCKET: 'clinic-media', CARELEAF_S3_ACCESS_KEY_ID: 'key' })).toThrow(/both/)
    expect(refused({ CARELEAF_S3_BUCKET: 'clinic-media', CARELEAF_S3_FORCE_PATH_STYLE: 'yes' })).toThrow(/true or false/)
  })
})
