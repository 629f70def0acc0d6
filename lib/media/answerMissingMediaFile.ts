import fs from 'node:fs/promises'
import path from 'node:path'

import { NotFound } from 'payload'

import { mediaDirectory } from './mediaFilePath'

/**
 * A Payload upload handler (`upload.handlers` on Media) that makes a media
 * row whose file is gone from disk a 404 Not Found. Payload's own file route
 * answers that case with a 500 ("Something went wrong."), a server error for
 * what is a plain "not found". Otherwise it returns nothing, and Payload
 * serves the file.
 */
export async function answerMissingMediaFile(_request: unknown, { params }: { params: { filename: string } }): Promise<void> {
  const directory = path.resolve(mediaDirectory())
  const filePath = path.resolve(directory, params.filename)
  // Payload itself refuses a name that leaves the folder (400); leave that to it.
  if (!filePath.startsWith(directory + path.sep)) return
  const present = await fs.stat(filePath).then(
    () => true,
    () => false,
  )
  if (!present) throw new NotFound()
}
