import fs from 'node:fs/promises'
import path from 'node:path'

import { NotFound } from 'payload'

import { ensureLocalMediaFiles } from './ensureLocalMediaFiles'
import { mediaDirectory } from './mediaFilePath'

function isOnDisk(filePath: string): Promise<boolean> {
  return fs.stat(filePath).then(
    () => true,
    () => false,
  )
}

/**
 * A Payload upload handler (`upload.handlers` on Media) run before Payload
 * serves a file from the media folder. With media in S3, a file this
 * instance does not have yet (uploaded on another instance) is fetched from
 * the bucket first. A file found nowhere is a 404 Not Found, where Payload's
 * own file route would answer a 500 ("Something went wrong."). Otherwise it
 * returns nothing, and Payload serves the file.
 */
export async function answerMissingMediaFile(_request: unknown, { params }: { params: { filename: string } }): Promise<void> {
  const directory = path.resolve(mediaDirectory())
  const filePath = path.resolve(directory, params.filename)
  // Payload itself refuses a name that leaves the folder (400); leave that to it.
  if (!filePath.startsWith(directory + path.sep)) return
  if (await isOnDisk(filePath)) return
  await ensureLocalMediaFiles([path.basename(filePath)])
  if (!(await isOnDisk(filePath))) throw new NotFound()
}
