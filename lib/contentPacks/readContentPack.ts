import { createHash } from 'node:crypto'

import yauzl from 'yauzl'
import type { z } from 'zod'

import { refusePack } from './contentPackError'
import {
  MANIFEST_PATH,
  MEDIA_ENTRY_PATTERN,
  PACK_LIMITS,
  type PackedTopic,
  packedTopicSchema,
  type PackManifest,
  packManifestSchema,
  TOPIC_ENTRY_PATTERN,
} from './contentPackFormat'

/** A pack whose every entry was read, checked against the manifest and parsed: safe to import. */
export interface VerifiedPack {
  manifest: PackManifest
  topics: PackedTopic[]
  /** Image bytes by key (the entry name without `media/`). */
  media: Map<string, { fileName: string; bytes: Buffer }>
}

/**
 * Reads a whole content pack and checks it before anything is written: the
 * zip must be complete, hold exactly the manifest and the entries it lists
 * (names the exporter writes, nothing like `../`), each with its size and
 * SHA-256, within the size limits, and every file must match its schema.
 * Anything else refuses the whole pack with one sentence (ContentPackError).
 */
export async function readContentPack(bytes: Uint8Array): Promise<VerifiedPack> {
  if (bytes.byteLength === 0) throw refusePack('the file is empty')
  if (bytes.byteLength > PACK_LIMITS.packBytes) throw refusePack(`the file is larger than ${PACK_LIMITS.packBytes / 1024 / 1024} MB`)
  const entries = await readZipEntries(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))

  const manifestBytes = entries.get(MANIFEST_PATH)
  if (!manifestBytes) throw refusePack('it has no manifest.json, so it is not a Careleaf content pack')
  const manifest = parseJson(manifestBytes, packManifestSchema, MANIFEST_PATH)

  const listed = new Map(manifest.entries.map((entry) => [entry.path, entry]))
  if (listed.size !== manifest.entries.length) throw refusePack('its manifest lists an entry twice')
  for (const name of entries.keys()) {
    if (name !== MANIFEST_PATH && !listed.has(name)) throw refusePack(`it holds ${quoted(name)}, which its manifest does not list`)
  }
  for (const entry of manifest.entries) {
    const content = entries.get(entry.path)
    if (!content) throw refusePack(`${quoted(entry.path)} is missing (the file may be truncated)`)
    if (content.byteLength !== entry.size || sha256(content) !== entry.sha256) {
      throw refusePack(`${quoted(entry.path)} does not match its checksum: the pack was changed or damaged after it was made`)
    }
  }

  const topicPaths = new Set(manifest.topics.map((topic) => topic.path))
  if (topicPaths.size !== manifest.topics.length) throw refusePack('its manifest lists a topic twice')
  const topics = manifest.topics.map((listedTopic) => {
    const content = entries.get(listedTopic.path)
    if (!content) throw refusePack(`${quoted(listedTopic.path)} is missing`)
    const topic = parseJson(content, packedTopicSchema, listedTopic.path)
    if (topic.originTopicId !== listedTopic.originTopicId) throw refusePack(`${quoted(listedTopic.path)} is not the topic its manifest names`)
    return topic
  })

  const media = new Map<string, { fileName: string; bytes: Buffer }>()
  for (const [name, content] of entries) {
    if (!MEDIA_ENTRY_PATTERN.test(name)) continue
    const fileName = name.slice('media/'.length)
    media.set(fileName.replace(/\.[a-z]+$/u, ''), { fileName, bytes: content })
  }
  for (const name of entries.keys()) {
    if (name !== MANIFEST_PATH && !topicPaths.has(name) && !MEDIA_ENTRY_PATTERN.test(name))
      throw refusePack(`it holds ${quoted(name)}, which is not a topic of the pack`)
  }
  for (const topic of topics) {
    for (const { key } of topic.media) if (!media.has(key)) throw refusePack(`the image ${quoted(key)} of topic ${topic.originTopicId} is missing`)
    const keys = new Set(topic.media.map((item) => item.key))
    for (const key of mediaKeysIn(topic)) if (!keys.has(key)) throw refusePack(`topic ${topic.originTopicId} shows an image the pack does not list`)
  }
  return { manifest, topics, media }
}

export function sha256(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex')
}

/** The image keys a packed topic's sections use (upload fields and rich-text images alike hold them as `m-…` strings). */
function mediaKeysIn(topic: PackedTopic): Set<string> {
  const keys = new Set<string>()
  const visit = (value: unknown, parentKey: string | null) => {
    if (Array.isArray(value)) for (const item of value) visit(item, parentKey)
    else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) visit(child, key)
    else if (typeof value === 'string' && (parentKey === 'image' || parentKey === 'value') && /^m-[0-9a-f]{32}$/u.test(value)) keys.add(value)
  }
  for (const locale of Object.values(topic.locales)) visit(locale?.sections, null)
  return keys
}

function parseJson<Schema extends z.ZodType>(content: Buffer, schema: Schema, name: string): z.infer<Schema> {
  let value: unknown
  try {
    value = JSON.parse(content.toString('utf8'))
  } catch {
    throw refusePack(`${quoted(name)} is not valid JSON`)
  }
  const parsed = schema.safeParse(value)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : ''
    throw refusePack(`${quoted(name)} is not in the content pack format${where}${issue ? ` (${issue.message})` : ''}`)
  }
  return parsed.data
}

/** Entry names are shown to an admin: quoted, and cut short so a hostile name cannot flood the message. */
function quoted(name: string): string {
  const printable = name.replace(/[^\x20-\x7e]/gu, '?')
  return `"${printable.length > 80 ? `${printable.slice(0, 80)}…` : printable}"`
}

function isAllowedEntryName(name: string): boolean {
  return name === MANIFEST_PATH || TOPIC_ENTRY_PATTERN.test(name) || MEDIA_ENTRY_PATTERN.test(name)
}

/** Every entry's bytes, read only after its name and declared size passed; yauzl checks the real size against the declared one. */
function readZipEntries(zipBytes: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    const fail = (reason: string) => reject(refusePack(reason))
    yauzl.fromBuffer(zipBytes, { lazyEntries: true, strictFileNames: true, validateEntrySizes: true, decodeStrings: true }, (openError, zip) => {
      if (openError || !zip) return fail('it is not a complete zip file (it may be truncated or damaged)')
      if (zip.entryCount > PACK_LIMITS.entries) {
        zip.close()
        return fail(`it holds more than ${PACK_LIMITS.entries} files`)
      }
      const entries = new Map<string, Buffer>()
      let total = 0
      let failed = false
      const stop = (reason: string) => {
        if (failed) return
        failed = true
        zip.close()
        fail(reason)
      }
      zip.on('error', (error: Error) =>
        // yauzl itself refuses absolute names, `..` and backslashes, before we see the entry.
        stop(
          /path|file ?name/iu.test(error.message)
            ? 'it holds an entry whose name points outside the pack'
            : 'it is not a complete zip file (it may be truncated or damaged)',
        ),
      )
      zip.on('end', () => {
        if (!failed) resolve(entries)
      })
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = entry.fileName
        if (!isAllowedEntryName(name)) return stop(`it holds ${quoted(name)}, which is not a name a content pack uses`)
        if (entries.has(name)) return stop(`it holds ${quoted(name)} twice`)
        const limit = name.startsWith('media/') ? PACK_LIMITS.mediaEntryBytes : PACK_LIMITS.jsonEntryBytes
        if (entry.uncompressedSize > limit) return stop(`${quoted(name)} is larger than ${limit / 1024 / 1024} MB`)
        total += entry.uncompressedSize
        if (total > PACK_LIMITS.totalBytes) return stop(`its files unpack to more than ${PACK_LIMITS.totalBytes / 1024 / 1024} MB`)
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return stop(`${quoted(name)} cannot be read (the file may be truncated or damaged)`)
          const chunks: Buffer[] = []
          let read = 0
          stream.on('data', (chunk: Buffer) => {
            read += chunk.length
            // The declared size is checked by yauzl too; this guards the memory while it streams.
            if (read > limit) {
              stream.destroy()
              stop(`${quoted(name)} is larger than it says`)
            } else chunks.push(chunk)
          })
          stream.on('error', () => stop(`${quoted(name)} cannot be read (the file may be truncated or damaged)`))
          stream.on('end', () => {
            if (failed) return
            entries.set(name, Buffer.concat(chunks))
            zip.readEntry()
          })
        })
      })
      zip.readEntry()
    })
  })
}
