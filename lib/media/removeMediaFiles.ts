import fs from 'node:fs/promises'

import { mediaFilePath } from './mediaFilePath'
import { deleteMediaObjects } from './s3MediaBucket'
import { s3MediaSettings, type S3MediaSettings } from './s3MediaSettings'

/**
 * Removes files written for media rows that were then rolled back: this
 * instance's copies and, with media in S3, the bucket's. Payload removes a
 * deleted row's files itself; a rolled-back row has no delete to do it.
 */
export async function removeMediaFiles(filenames: string[], settings: S3MediaSettings | null = s3MediaSettings()): Promise<void> {
  await Promise.all(filenames.map((filename) => fs.rm(mediaFilePath(filename), { force: true })))
  if (settings) await deleteMediaObjects(settings, filenames)
}
