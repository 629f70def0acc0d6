import yazl from 'yazl'

import packageJson from '@/package.json'

import { CONTENT_PACK_FORMAT, CONTENT_PACK_FORMAT_VERSION, MANIFEST_PATH, type PackedTopic, type PackManifest } from './contentPackFormat'
import { sha256 } from './readContentPack'

/** A fixed date on every entry: the same content makes the same bytes, whenever it is exported. */
const ENTRY_DATE = new Date(Date.UTC(2020, 0, 1))

/**
 * The pack's zip: each topic's JSON and each image, then the manifest
 * listing every one of them with its SHA-256 and size.
 */
export async function writeContentPackZip({
  origin,
  createdAt,
  topics,
  media,
}: {
  origin: PackManifest['origin']
  createdAt: Date
  topics: readonly PackedTopic[]
  /** Image files by key (`m-…`) with their extension. */
  media: ReadonlyMap<string, { extension: string; bytes: Buffer }>
}): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  const entries: PackManifest['entries'] = []
  const add = (path: string, bytes: Buffer) => {
    entries.push({ path, sha256: sha256(bytes), size: bytes.byteLength })
    zip.addBuffer(bytes, path, { mtime: ENTRY_DATE })
  }
  const manifestTopics: PackManifest['topics'] = []
  for (const topic of topics) {
    const path = `topics/${topic.originTopicId}.json`
    add(path, Buffer.from(`${JSON.stringify(topic, null, 2)}\n`))
    manifestTopics.push({ originTopicId: topic.originTopicId, title: topic.locales.en?.title ?? '', path })
  }
  for (const [key, file] of media) add(`media/${key}.${file.extension}`, file.bytes)
  const manifest: PackManifest = {
    format: CONTENT_PACK_FORMAT,
    formatVersion: CONTENT_PACK_FORMAT_VERSION,
    careleafVersion: packageJson.version,
    createdAt: createdAt.toISOString(),
    origin,
    topics: manifestTopics,
    entries,
  }
  zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), MANIFEST_PATH, { mtime: ENTRY_DATE })
  zip.end()
  const chunks: Buffer[] = []
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
