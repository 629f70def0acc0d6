import fs from 'node:fs/promises'
import path from 'node:path'

import { mediaDirectory } from './mediaFilePath'
import { getMediaObject } from './s3MediaBucket'
import { s3MediaSettings, type S3MediaSettings } from './s3MediaSettings'

/** Every media file name a renderer's input names (the clinic logo, each picture's print copy), at any depth. */
export function mediaFilenamesIn(value: unknown, found: Set<string> = new Set()): string[] {
  if (Array.isArray(value)) {
    for (const item of value) mediaFilenamesIn(item, found)
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'filename' && typeof item === 'string' && item !== '') found.add(path.basename(item))
      else mediaFilenamesIn(item, found)
    }
  }
  return [...found]
}

/**
 * With media in S3, copies the named files from the bucket into this
 * instance's media folder when they are not there yet: an upload made on
 * another instance, or before this one started. The PDF workers read files
 * from disk while laying out a page, and Payload's file route serves from
 * it. The folder is then a cache that never goes stale: with S3 on, every
 * upload gets a name never used before (collections/Media/mirrorMediaToS3).
 * A file missing from the bucket stays missing (the PDF prints
 * the picture's alt text, the file route answers 404). Without S3 it does
 * nothing.
 */
export async function ensureLocalMediaFiles(filenames: string[], settings: S3MediaSettings | null = s3MediaSettings()): Promise<void> {
  if (!settings || filenames.length === 0) return
  const directory = mediaDirectory()
  await fs.mkdir(directory, { recursive: true })
  await Promise.all(
    filenames.map(async (name) => {
      const filename = path.basename(name)
      const target = path.join(directory, filename)
      const present = await fs.stat(target).then(
        () => true,
        () => false,
      )
      if (present) return
      const bytes = await getMediaObject(settings, filename)
      if (!bytes) return
      // Written aside, then renamed: a worker never reads half a file, and two requests fetching it at once both end well.
      const partial = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.part`
      await fs.writeFile(partial, bytes)
      await fs.rename(partial, target)
    }),
  )
}
