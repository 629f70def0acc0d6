import fs from 'node:fs/promises'

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeOperationHook } from 'payload'

import { runAfterTransaction } from '@/lib/db/runAfterTransaction'
import { mediaFilePath } from '@/lib/media/mediaFilePath'
import { removeUnusedMediaFiles } from '@/lib/media/removeUnusedMediaFiles'
import { deleteMediaObjects, putMediaObject } from '@/lib/media/s3MediaBucket'
import { s3MediaSettings } from '@/lib/media/s3MediaSettings'
import { uniqueUploadName } from '@/lib/media/uniqueUploadName'
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
 * With media in S3, every new upload (a new item or a replaced file) gets a
 * name never used before (lib/media/uniqueUploadName), so a file another
 * instance cached under that name can never be served in its place, and the
 * bucket object a handout still shows is never overwritten.
 */
export const nameUploadUniquely: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!s3MediaSettings() || (operation !== 'create' && operation !== 'update') || !req.file) return args
  // A copy: the Local API's caller passed this object and may use it again.
  req.file = { ...req.file, name: uniqueUploadName(req.file.name) }
  return args
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

/**
 * With media in S3, a media item whose file an editor replaced leaves its
 * previous files (the upload and every size) in the bucket unless removed.
 * Removed once the save's transaction has ended, and only those no row and
 * no handout uses (lib/media/removeUnusedMediaFiles): after a commit the
 * previous files, unless a handout shows them or the new upload took one of
 * their names; after a rollback (the row names its previous files again) the
 * new upload's files, which nothing else would remove. Deleting inside the
 * transaction would leave a rolled-back row naming files that are gone.
 * Payload has already removed this instance's previous copies before the
 * save; other instances keep theirs in their cache folder until it is emptied.
 */
export const removeReplacedUploadFiles: CollectionAfterChangeHook<Media> = async ({ doc, previousDoc, operation, req }) => {
  const settings = s3MediaSettings()
  if (!settings || operation !== 'update' || !previousDoc) return doc
  const previousNames = mediaFiles(previousDoc).map((file) => file.filename)
  const currentNames = mediaFiles(doc).map((file) => file.filename)
  if (previousNames.every((name) => currentNames.includes(name))) return doc
  await runAfterTransaction(
    req,
    async () => {
      await removeUnusedMediaFiles(req.payload, { filenames: [...previousNames, ...currentNames], uploadedSince: previousDoc.createdAt }, settings)
    },
    // Ids only: a file name is an editor's upload name.
    `Media ${doc.id}: removing the files its new upload replaced failed; they stay in the bucket`,
  )
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
