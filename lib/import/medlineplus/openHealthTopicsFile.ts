import fs from 'node:fs'
import type { Readable } from 'node:stream'

import yauzl from 'yauzl'

import { MedlinePlusFileError } from './readHealthTopics'

/**
 * The health-topics XML as a stream of bytes: the file itself, or, for the
 * zip NLM also publishes, its one `.xml` entry streamed out of the archive
 * (never unpacked to memory or disk). A zip with no XML entry, or several, is
 * refused: which one to import would be a guess.
 */
export async function openHealthTopicsFile(filePath: string): Promise<Readable> {
  const handle = await fs.promises.open(filePath, 'r')
  const magic = Buffer.alloc(4)
  try {
    await handle.read(magic, 0, 4, 0)
  } finally {
    await handle.close()
  }
  // "PK\3\4": a zip's local file header, whatever the file is called.
  if (magic.equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return openZipEntry(filePath)
  return fs.createReadStream(filePath)
}

function openZipEntry(filePath: string): Promise<Readable> {
  return new Promise((resolve, reject) => {
    yauzl.open(filePath, { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true }, (openError, zip) => {
      if (openError) return reject(new MedlinePlusFileError(`The zip file cannot be read: ${openError.message}`, 1, 1))
      const xmlEntries: yauzl.Entry[] = []
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!entry.fileName.endsWith('/') && entry.fileName.toLowerCase().endsWith('.xml')) xmlEntries.push(entry)
        zip.readEntry()
      })
      zip.on('error', (error: Error) => reject(new MedlinePlusFileError(`The zip file cannot be read: ${error.message}`, 1, 1)))
      zip.on('end', () => {
        const entry = xmlEntries[0]
        if (xmlEntries.length !== 1 || !entry) {
          zip.close()
          return reject(new MedlinePlusFileError(`The zip file must hold exactly one .xml file; it holds ${xmlEntries.length}`, 1, 1))
        }
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(new MedlinePlusFileError(`The zip entry ${entry.fileName} cannot be read: ${streamError.message}`, 1, 1))
          // Opened without autoClose: the archive stays open until its entry has been read through.
          stream.once('close', () => zip.close())
          resolve(stream)
        })
      })
      zip.readEntry()
    })
  })
}
