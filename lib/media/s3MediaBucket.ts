import { DeleteObjectsCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'

import type { S3MediaSettings } from './s3MediaSettings'

let client: { key: string; s3: S3Client } | null = null

/** One client per process (it keeps its connections), made again only if the settings change. */
function s3ClientFor(settings: S3MediaSettings): S3Client {
  const key = JSON.stringify(settings)
  if (client?.key !== key) {
    client?.s3.destroy()
    client = {
      key,
      s3: new S3Client({
        region: settings.region,
        forcePathStyle: settings.forcePathStyle,
        ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
        ...(settings.credentials ? { credentials: settings.credentials } : {}),
      }),
    }
  }
  return client.s3
}

function isMissingObject(error: unknown): boolean {
  return error instanceof Error && (error.name === 'NoSuchKey' || error.name === 'NotFound')
}

/** Object keys are the media file names, which Payload keeps unique, at the bucket's root. */
export async function putMediaObject(settings: S3MediaSettings, file: { filename: string; bytes: Uint8Array; contentType: string }): Promise<void> {
  await s3ClientFor(settings).send(
    new PutObjectCommand({ Bucket: settings.bucket, Key: file.filename, Body: file.bytes, ContentType: file.contentType, ACL: 'private' }),
  )
}

/** The object's bytes, or null when the bucket has no such file. */
export async function getMediaObject(settings: S3MediaSettings, filename: string): Promise<Uint8Array | null> {
  try {
    const object = await s3ClientFor(settings).send(new GetObjectCommand({ Bucket: settings.bucket, Key: filename }))
    return object.Body ? await object.Body.transformToByteArray() : null
  } catch (error) {
    if (isMissingObject(error)) return null
    throw error
  }
}

export async function deleteMediaObjects(settings: S3MediaSettings, filenames: string[]): Promise<void> {
  if (filenames.length === 0) return
  await s3ClientFor(settings).send(
    new DeleteObjectsCommand({ Bucket: settings.bucket, Delete: { Objects: filenames.map((Key) => ({ Key })), Quiet: true } }),
  )
}
