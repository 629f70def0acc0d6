import fs from 'node:fs/promises'

import type { Payload } from 'payload'

import { canExchangeContentPacks } from '@/access/canExchangeContentPacks'
import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import type { PortalUser } from '@/lib/auth/portalUser'
import { type Locale, LOCALE_CODES, SOURCE_LOCALE } from '@/lib/i18n/locales'
import { ensureLocalMediaFiles } from '@/lib/media/ensureLocalMediaFiles'
import { mediaFilePath } from '@/lib/media/mediaFilePath'
import type { Category, Media, Topic, User } from '@/payload-types'

import { ContentPackError } from './contentPackError'
import { PACK_LIMITS, type PackedTopic, type PackedTopicLocale } from './contentPackFormat'
import { contentPackOrigin } from './contentPackOrigin'
import { packSections, sectionMediaIds } from './packSections'
import { sha256 } from './readContentPack'
import { writeContentPackZip } from './writeContentPackZip'

export interface ExportedContentPack {
  fileName: string
  bytes: Buffer
  topicCount: number
}

const MEDIA_EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' }

/**
 * A content pack of the chosen topics' published versions, for another
 * clinic's Careleaf: every language whose translation was approved here,
 * sections, codes, categories by name, sources, the sign-off (the
 * reviewer's name, date and PEMAT-P scores) and the images the sections show.
 *
 * Each topic file is built field by field from an allowlist (below, and each
 * section kind's own fields in blocks/), never as "the topic minus some
 * fields": nothing about patients, handouts, share links, feedback, users
 * (beyond the reviewer's name) or the audit trail can ride along. Admins only,
 * audited as `content-pack.export`.
 */
export async function exportContentPack({
  payload,
  user,
  topicIds,
  now = () => new Date(),
}: {
  payload: Payload
  user: PortalUser
  topicIds: readonly number[]
  now?: () => Date
}): Promise<ExportedContentPack> {
  if (!canExchangeContentPacks(user)) throw new ContentPackError('Only an admin can export a content pack.', 403, 'admin-only')
  const ids = [...new Set(topicIds)]
  if (ids.length === 0) throw new ContentPackError('Choose at least one topic to export.', 400, 'no-topics-chosen')
  if (ids.length > PACK_LIMITS.topics) throw new ContentPackError(`A pack holds at most ${PACK_LIMITS.topics} topics.`, 400, 'no-topics-chosen')

  const origin = await contentPackOrigin(payload)
  const createdAt = now()
  const mediaKeys = new Map<number, string>()
  const mediaFiles = new Map<string, { extension: string; bytes: Buffer }>()
  const topics: PackedTopic[] = []
  for (const id of ids) {
    const published = await readPublishedTopic(payload, user, id)
    const mediaIds = [...new Set(Object.values(published).flatMap((doc) => sectionMediaIds(doc.sections ?? [])))]
    const media: PackedTopic['media'] = []
    for (const mediaId of mediaIds) {
      const packed = await packMedia(payload, mediaId, mediaKeys, mediaFiles)
      if (packed) media.push(packed)
    }
    topics.push(packTopic(published, (mediaId) => mediaKeys.get(mediaId) ?? null, media))
  }
  const bytes = await writeContentPackZip({ origin, createdAt, topics, media: mediaFiles })

  await recordAuditEvent({ payload, action: 'content-pack.export', actorId: user.id, detail: `${ids.length} topic(s): ${ids.join(',')}`.slice(0, 200) })
  const day = createdAt.toISOString().slice(0, 10)
  return { fileName: `careleaf-content-pack-${day}.zip`, bytes, topicCount: ids.length }
}

type PublishedTopic = Partial<Record<Locale, Topic>> & { en: Topic }

/** The published version in each language, read as the admin (so access rules apply); a topic never published is refused. */
async function readPublishedTopic(payload: Payload, user: PortalUser, id: number): Promise<PublishedTopic> {
  const read = (locale: Locale) =>
    payload
      .findByID({ collection: 'topics', id, locale, fallbackLocale: false, draft: false, depth: 1, user, overrideAccess: false, disableErrors: true })
      .then((doc) => doc ?? null)
  const english = await read(SOURCE_LOCALE)
  if (!english) throw new ContentPackError(`Topic ${id} does not exist.`, 404, 'topic-not-published')
  if (english._status !== 'published') {
    throw new ContentPackError(`“${english.title}” has never been published: only reviewed, published topics go into a pack.`, 400, 'topic-not-published')
  }
  const published: PublishedTopic = { en: english }
  for (const locale of LOCALE_CODES) {
    if (locale === SOURCE_LOCALE) continue
    const translated = await read(locale)
    // Only a translation approved here reached patients; drafts stay home.
    if (translated?.translation?.status === 'approved') published[locale] = translated
  }
  return published
}

/** The allowlist: every field a pack carries, named one by one. */
function packTopic(published: PublishedTopic, mediaKey: (mediaId: number) => string | null, media: PackedTopic['media']): PackedTopic {
  const english = published.en
  const locales: PackedTopic['locales'] = {}
  for (const [locale, doc] of Object.entries(published) as [Locale, Topic][]) locales[locale] = packLocale(doc, locale, mediaKey)
  return {
    originTopicId: english.id,
    slug: english.slug,
    audience: english.audience ?? [],
    codes: (english.codes ?? []).map(({ system, code, display }) => ({ system, code, display })),
    categories: (english.categories ?? []).flatMap((category) => (typeof category === 'object' ? [packCategory(category, published)] : [])),
    sources: (english.sources ?? []).map(({ citation, url, accessedAt }) => ({ citation, url: url ?? null, accessedAt: accessedAt ?? null })),
    review: {
      reviewedByName: nameOf(english.reviewedBy),
      reviewedAt: english.reviewedAt ?? null,
      pematUnderstandability: english.pematUnderstandability ?? null,
      pematActionability: english.pematActionability ?? null,
    },
    media,
    locales,
  }
}

function packLocale(doc: Topic, locale: Locale, mediaKey: (mediaId: number) => string | null): PackedTopicLocale {
  const translation = doc.translation
  return {
    title: doc.title,
    mainMessage: doc.mainMessage ?? '',
    summary: doc.summary ?? '',
    keywords: doc.keywords ?? [],
    sections: packSections(doc.sections ?? [], mediaKey) as PackedTopicLocale['sections'],
    translation:
      locale === SOURCE_LOCALE || !translation
        ? null
        : {
            status: translation.status ?? 'not-started',
            translatedBy: translation.translatedBy ?? null,
            translatorName: translation.translatorName ?? null,
            approvedAt: translation.approvedAt ?? null,
            approvedByName: nameOf(translation.approvedBy),
          },
  }
}

function packCategory(category: Category, published: PublishedTopic): PackedTopic['categories'][number] {
  const names: PackedTopic['categories'][number]['names'] = { en: category.name }
  for (const [locale, doc] of Object.entries(published) as [Locale, Topic][]) {
    if (locale === SOURCE_LOCALE) continue
    const localized = (doc.categories ?? []).find((candidate): candidate is Category => typeof candidate === 'object' && candidate.id === category.id)
    if (localized?.name) names[locale] = localized.name
  }
  return { kind: category.kind, names }
}

/** A user's display name only: never an email, role or id. */
function nameOf(user: number | User | null | undefined): string | null {
  return typeof user === 'object' && user !== null ? user.name : null
}

/** One image file into the pack (once, however many topics show it), keyed by its content. */
async function packMedia(
  payload: Payload,
  mediaId: number,
  keys: Map<number, string>,
  files: Map<string, { extension: string; bytes: Buffer }>,
): Promise<PackedTopic['media'][number] | null> {
  const alt: Partial<Record<Locale, string>> = {}
  let media: Media | null = null
  for (const locale of LOCALE_CODES) {
    const doc = await payload.findByID({ collection: 'media', id: mediaId, locale, fallbackLocale: false, depth: 0, overrideAccess: true, disableErrors: true })
    if (!doc) return null
    media ??= doc
    if (doc.alt) alt[locale] = doc.alt
  }
  const extension = media?.mimeType ? MEDIA_EXTENSIONS[media.mimeType] : undefined
  if (!media?.filename || !extension) return null
  let key = keys.get(mediaId)
  if (!key) {
    // With media in S3, this instance may not have the file yet.
    await ensureLocalMediaFiles([media.filename])
    const bytes = await fs.readFile(mediaFilePath(media.filename)).catch(() => null)
    // An image whose file is gone cannot travel; its sections go without it, as the patient page shows them.
    if (!bytes) return null
    key = `m-${sha256(bytes).slice(0, 32)}`
    keys.set(mediaId, key)
    // Two media items with the same file share one entry.
    files.set(key, { extension, bytes })
  }
  return { key, alt }
}
