import fs from 'node:fs/promises'

import { sql } from '@payloadcms/db-postgres'
import type { Payload, Where } from 'payload'

import { mediaFilePath } from './mediaFilePath'
import { deleteMediaObjects } from './s3MediaBucket'
import { s3MediaSettings, type S3MediaSettings } from './s3MediaSettings'

/**
 * Of these media file names, those something still shows: a media row's
 * file or one of its sizes, or a handout's copied sections. A handout keeps
 * the picture it was given (its snapshot holds the file name, and the URL of
 * the card size), so replacing a media item's file must not take it away.
 * `uploadedSince` is when the files' media row was made: no handout older
 * than that can show them, which spares reading every handout ever made.
 */
export async function findMediaFilesInUse(payload: Payload, filenames: string[], { uploadedSince }: { uploadedSince: string }): Promise<Set<string>> {
  const inUse = new Set<string>()
  if (filenames.length === 0) return inUse
  const sizeNames = (payload.collections.media.config.upload.imageSizes ?? []).map((size) => size.name)
  const where: Where = {
    or: [{ filename: { in: filenames } }, ...sizeNames.map((size): Where => ({ [`sizes.${size}.filename`]: { in: filenames } }))],
  }
  const rows = await payload.find({ collection: 'media', where, depth: 0, pagination: false, overrideAccess: true, select: { filename: true, sizes: true } })
  for (const row of rows.docs) {
    for (const name of [row.filename, ...Object.values(row.sizes ?? {}).map((size) => size?.filename)]) {
      if (name && filenames.includes(name)) inUse.add(name)
    }
  }

  // One pass over the copied sections (each body turned to text once: OFFSET 0 keeps the sub-query whole), a sub-string
  // test for each name and its URL form: a name inside a longer one keeps a file that could have gone, never the reverse.
  const searched = [...new Set(filenames.flatMap((name) => [name, encodeURIComponent(name)]))]
  const { rows: found } = await payload.db.drizzle.execute(sql`
    SELECT DISTINCT searched
    FROM (
      SELECT section.body::text AS text FROM handouts_sections AS section JOIN handouts ON handouts.id = section._parent_id
      WHERE handouts.created_at >= ${uploadedSince}::timestamptz OFFSET 0
    ) AS copied
    JOIN unnest(ARRAY[${sql.join(
      searched.map((text) => sql`${text}`),
      sql`, `,
    )}]::text[]) AS searched ON strpos(copied.text, searched) > 0`)
  const foundTexts = new Set(found.map((row) => (row as { searched: string }).searched))
  for (const name of filenames) {
    if (foundTexts.has(name) || foundTexts.has(encodeURIComponent(name))) inUse.add(name)
  }
  return inUse
}

/**
 * Removes the named files of one media row that nothing uses any more (findMediaFilesInUse),
 * from the bucket when media are in S3 and from this instance's media
 * folder; returns the names removed. Reads committed rows only: call it
 * after the save's transaction has ended (lib/db/runAfterTransaction).
 */
export async function removeUnusedMediaFiles(
  payload: Payload,
  { filenames, uploadedSince }: { filenames: string[]; uploadedSince: string },
  settings: S3MediaSettings | null = s3MediaSettings(),
): Promise<string[]> {
  const inUse = await findMediaFilesInUse(payload, filenames, { uploadedSince })
  const unused = [...new Set(filenames)].filter((name) => !inUse.has(name))
  if (unused.length === 0) return unused
  await Promise.all(unused.map((filename) => fs.rm(mediaFilePath(filename), { force: true })))
  if (settings) await deleteMediaObjects(settings, unused)
  return unused
}
