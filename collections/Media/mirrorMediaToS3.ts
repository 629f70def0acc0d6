import fs from 'node:fs/promises'

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { mediaFilePath } from '@/lib/media/mediaFilePath'
import { deleteMediaObjects, putMediaObject } from '@/lib/media/s3MediaBucket'
import { s3MediaSettings } from '@/lib/media/s3MediaSettings'
import type { Media } from '@/payload-types'

/** The upload and each resized copy Payload made of it: name and type. */
function mediaFiles(doc: Pick<Media, 'filename' | 'mimeType' | 'sizes'>): Array<{ filename: string; contentType: string }> {
  const files: Array<{ filename: string; contentType: string }> = []
  if (doc.filename) files.push({ filename: doc.filename, contentType: doc.mimeType ?? 'application/octet-stream' })
  for (const size of Object.values(doc.sizes ?? {})) {
    if (size?.filename) files.push({ filename: size.filename, contentType: size.mimeType ?? doc.mimeType ?? 'application/octet-stream' })
  }
  return files
}

/**
 * With media in S3 (CARELEAF_S3_BUCKET), a new upload's files go to the
 * bucket as soon as Payload has written them here, inside the save: if the
 * bucket refuses them the save fails, rather than leaving a file only this
 * instance has. The local copies stay as this instance's cache; other
 * instances fetch from the bucket on first use (lib/media/ensureLocalMediaFiles).
 */
export const copyUploadToS3: CollectionAfterChangeHook<Media> = async ({ doc, previousDoc, operation }) => {
  const settings = s3MediaSettings()
  if (!settings) return doc
  // An edit of the alt text keeps the same files; only a new file needs sending.
  if (operation === 'update' && previousDoc?.filename === doc.filename) return doc
  for (const file of mediaFiles(doc)) {
    await putMediaObject(settings, { filename: file.filename, contentType: file.contentType, bytes: await fs.readFile(mediaFilePath(file.filename)) })
  }
  return doc
}

/** A deleted media item's files leave the bucket too (Payload removes this instance's copies itself). */
export const deleteUploadFromS3: CollectionAfterDeleteHook<Media> = async ({ doc }) => {
  const settings = s3MediaSettings()
  if (!settings) return doc
  await deleteMediaObjects(
    settings,
    mediaFiles(doc).map((file) => file.filename),
  )
  return doc
}
