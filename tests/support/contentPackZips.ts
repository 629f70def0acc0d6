import yauzl from 'yauzl'
import yazl from 'yazl'

/** Zips for content pack tests: a pack's entries read out, and entries zipped again as they are (a hostile or broken pack). */

/**
 * A zip of the given entries, written as is (a hostile or broken pack). yazl
 * refuses to write a name like `../x`, so such a name is written as a
 * placeholder of its length and patched into the bytes afterwards.
 */
export async function zipOf(entries: Record<string, Buffer | string>): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  const patches: [Buffer, Buffer][] = []
  for (const [name, content] of Object.entries(entries)) {
    const unwritable = /^(?:\.\.|\/)|\/\.\.|\\|\/$/u.test(name)
    const placeholder = unwritable ? `z${'q'.repeat(Buffer.byteLength(name) - 1)}` : name
    if (unwritable) patches.push([Buffer.from(placeholder), Buffer.from(name)])
    zip.addBuffer(Buffer.from(content), placeholder, { compress: false })
  }
  zip.end()
  const chunks: Buffer[] = []
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer)
  const bytes = Buffer.concat(chunks)
  for (const [from, to] of patches) for (let at = bytes.indexOf(from); at !== -1; at = bytes.indexOf(from, at + 1)) to.copy(bytes, at)
  return bytes
}

/** The entries of a pack made by the exporter, to tamper with one. */
export async function entriesOf(bytes: Buffer): Promise<Record<string, Buffer>> {
  return new Promise((resolve, reject) => {
    const entries: Record<string, Buffer> = {}
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error)
      zip.on('entry', (entry: { fileName: string }) =>
        zip.openReadStream(entry as never, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError)
          const chunks: Buffer[] = []
          stream.on('data', (chunk: Buffer) => chunks.push(chunk))
          stream.on('end', () => {
            entries[entry.fileName] = Buffer.concat(chunks)
            zip.readEntry()
          })
        }),
      )
      zip.on('end', () => resolve(entries))
      zip.readEntry()
    })
  })
}
