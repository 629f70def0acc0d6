import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest, ValidationError } from 'payload'

import { canExchangeContentPacks } from '@/access/canExchangeContentPacks'
import { slugify } from '@/fields/slugField'
import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import type { PortalUser } from '@/lib/auth/portalUser'
import { type Locale, SOURCE_LOCALE } from '@/lib/i18n/locales'
import { IMPORT_CONTEXT } from '@/lib/import/importProvenance'
import { decideReimport, type ImportRecord, readImportRecord } from '@/lib/import/importRecord'
import type { ImportCounts, ImportOutcome } from '@/lib/import/medlineplus/importMedlinePlusTopics'
import { removeMediaFiles } from '@/lib/media/removeMediaFiles'
import { TRANSLATION_CONTEXT } from '@/lib/translation/translationStatus'
import type { Topic } from '@/payload-types'

import { ContentPackError } from './contentPackError'
import type { PackedTopic, PackManifest } from './contentPackFormat'
import { CONTENT_PACK_CONTEXT } from './contentPackOrigin'
import { PACKED_PART_LABELS, type PackedPartHashes, packedPartHashes, storedPartHashes } from './packedTopicHashes'
import { unpackSections } from './packSections'
import { readContentPack, type VerifiedPack } from './readContentPack'

export interface ContentPackRefusal {
  title: string
  reason: string
}

export interface ContentPackImportSummary {
  clinicName: string
  packCreatedAt: string
  /** English text and what every language shares: one Careleaf topic each. */
  topics: ImportCounts
  /** Other languages: a translation each, "imported — needs review". */
  translations: ImportCounts
  refusals: ContentPackRefusal[]
}

const PUBLISHER = 'careleaf-pack'
type PackRecord = ImportRecord<PackedPartHashes> & { media: Record<string, number> }

const MEDIA_TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp' }

/**
 * Imports another clinic's content pack as drafts for this clinic's
 * reviewers. The whole pack is read and verified first (readContentPack):
 * a tampered, truncated or foreign file is refused whole, nothing written.
 * The writes then run in one transaction, so a failure part-way leaves
 * nothing behind either (the image files written are removed again).
 *
 * Each topic keeps its provenance in `importedFrom` (publisher
 * `careleaf-pack`, the origin's id and topic id, who reviewed it there and
 * when, as a record, never as this clinic's sign-off); categories are matched
 * by name and created when missing; images are recreated. Translations arrive
 * "imported — needs review": no patient gets them until a reviewer here
 * approves them. A newer pack follows the MedlinePlus re-import rules
 * (lib/import/importRecord: decideReimport). Admins only, audited as
 * `content-pack.import`.
 */
export async function importContentPack({
  payload,
  user,
  bytes,
  now = () => new Date(),
}: {
  payload: Payload
  user: PortalUser
  bytes: Uint8Array
  now?: () => Date
}): Promise<ContentPackImportSummary> {
  if (!canExchangeContentPacks(user)) throw new ContentPackError('Only an admin can import a content pack.', 403, 'admin-only')
  const pack = await readContentPack(bytes)

  const req = await createLocalReq({ user, context: { [IMPORT_CONTEXT]: true, [TRANSLATION_CONTEXT]: true, [CONTENT_PACK_CONTEXT]: true } }, payload)
  await initTransaction(req)
  const importer = new ContentPackImporter(payload, req, pack, now)
  try {
    const summary = await importer.run()
    const { topics: t, translations: l } = summary
    await recordAuditEvent({
      payload,
      action: 'content-pack.import',
      actorId: user.id,
      detail: `from ${pack.manifest.origin.originId}: topics ${t.created}/${t.updated}/${t.unchanged}/${t.flagged}/${t.refused}, translations ${l.created}/${l.updated}/${l.unchanged}/${l.flagged}/${l.refused} (created/updated/unchanged/flagged/refused)`,
      req,
    })
    await commitTransaction(req)
    return summary
  } catch (error) {
    await killTransaction(req)
    // The rows are rolled back; the image files Payload already wrote go too.
    await removeMediaFiles(importer.writtenFiles)
    throw error
  }
}

const emptyCounts = (): ImportCounts => ({ created: 0, updated: 0, unchanged: 0, flagged: 0, refused: 0 })

class ContentPackImporter {
  /** Image files (and their sizes) written to the media folder, removed if the transaction is rolled back. */
  readonly writtenFiles: string[] = []
  private readonly mediaIdByKey = new Map<string, number>()
  private readonly categoryIdByName = new Map<string, number>()
  private readonly manifest: PackManifest

  constructor(
    private readonly payload: Payload,
    private readonly req: PayloadRequest,
    private readonly pack: VerifiedPack,
    private readonly now: () => Date,
  ) {
    this.manifest = pack.manifest
  }

  private get packDate(): string {
    return this.manifest.createdAt.slice(0, 10)
  }

  private get clinicName(): string {
    return this.manifest.origin.clinicName
  }

  async run(): Promise<ContentPackImportSummary> {
    const summary: ContentPackImportSummary = {
      clinicName: this.clinicName,
      packCreatedAt: this.manifest.createdAt,
      topics: emptyCounts(),
      translations: emptyCounts(),
      refusals: [],
    }
    for (const topic of this.pack.topics) {
      const title = topic.locales.en?.title ?? `topic ${topic.originTopicId}`
      try {
        const outcomes = await this.importTopic(topic)
        summary.topics[outcomes.topic] += 1
        for (const outcome of outcomes.translations) summary.translations[outcome] += 1
      } catch (error) {
        // Payload validates before it writes: the transaction is intact and the other topics go on.
        if (!(error instanceof ValidationError)) throw error
        summary.topics.refused += 1
        summary.refusals.push({ title, reason: error.data.errors.map((issue) => `${issue.path}: ${issue.message}`).join('; ') || error.message })
      }
    }
    return summary
  }

  private sourceId(topic: PackedTopic): string {
    return `${this.manifest.origin.originId}:${topic.originTopicId}`
  }

  private provenance(topic: PackedTopic) {
    const { reviewedByName, reviewedAt, pematUnderstandability, pematActionability } = topic.review
    const reviewed = reviewedByName || reviewedAt
    const when = reviewedAt ? ` on ${reviewedAt.slice(0, 10)}` : ''
    const pemat =
      pematUnderstandability !== null && pematActionability !== null
        ? `; PEMAT-P understandability ${pematUnderstandability} %, actionability ${pematActionability} %`
        : ''
    return {
      publisher: PUBLISHER,
      sourceId: this.sourceId(topic),
      sourceUrl: null,
      fileDate: this.manifest.createdAt,
      importedAt: this.now().toISOString(),
      originReview: `From ${this.clinicName}, ${reviewed ? `reviewed by ${reviewedByName ?? 'a reviewer'}${when}` : 'review not recorded'}${pemat}.`,
    } as const
  }

  private async importTopic(topic: PackedTopic): Promise<{ topic: ImportOutcome; translations: ImportOutcome[] }> {
    const known = await this.findImported(topic)
    const previous = readImportRecord<PackedPartHashes>(known?.importedFrom?.record)
    const record: PackRecord = { locales: previous.locales, media: { ...previous.media } }
    const rowIdPrefix = this.sourceId(topic)
    const mediaIds = await this.mediaFor(topic, record)
    const otherLocales = (Object.keys(topic.locales) as Locale[]).filter((locale) => locale !== SOURCE_LOCALE)

    if (!known) {
      const created = await this.payload.create({
        collection: 'topics',
        locale: SOURCE_LOCALE,
        draft: true,
        depth: 0,
        req: this.req,
        overrideAccess: false,
        data: {
          _status: 'draft',
          slug: await this.freeSlug(topic.slug),
          ...this.localeData(topic, SOURCE_LOCALE, rowIdPrefix, mediaIds),
          ...(await this.sharedData(topic)),
          importedFrom: {
            ...this.provenance(topic),
            attention: null,
            changeNote: `Imported from ${this.clinicName}’s content pack of ${this.packDate}.`,
            record: null,
          },
        } as unknown as Topic,
      })
      record.locales.en = { source: packedPartHashes(topic, SOURCE_LOCALE), written: await this.storedHashes(created.id, SOURCE_LOCALE) }
      for (const locale of otherLocales) {
        await this.writeTranslation(
          created.id,
          topic,
          locale,
          rowIdPrefix,
          mediaIds,
          `Importado del paquete de contenido de ${this.clinicName} del ${this.packDate}.`,
        )
        record.locales[locale] = { source: packedPartHashes(topic, locale), written: await this.storedHashes(created.id, locale) }
      }
      await this.saveRecord(created.id, record)
      return { topic: 'created', translations: otherLocales.map(() => 'created') }
    }

    const id = known.id
    let attention: string | null = null
    const topicOutcome = await this.reimportLocale(id, topic, SOURCE_LOCALE, record, async (changed) => {
      await this.update(id, SOURCE_LOCALE, {
        ...this.localeData(topic, SOURCE_LOCALE, rowIdPrefix, mediaIds),
        ...(await this.sharedData(topic)),
        importedFrom: {
          ...this.provenance(topic),
          attention: null,
          changeNote: `${this.clinicName}’s content pack of ${this.packDate} changed the ${changed.join(', ')}; the earlier text is in the version history.`,
        },
      })
    })
    if (topicOutcome === 'flagged') attention = 'source-changed-local-edits-kept'
    const translations: ImportOutcome[] = []
    for (const locale of otherLocales) {
      if (!record.locales[locale]) {
        await this.writeTranslation(id, topic, locale, rowIdPrefix, mediaIds, `Importado del paquete de contenido de ${this.clinicName} del ${this.packDate}.`)
        record.locales[locale] = { source: packedPartHashes(topic, locale), written: await this.storedHashes(id, locale) }
        translations.push('created')
        continue
      }
      const outcome = await this.reimportLocale(id, topic, locale, record, (changed) =>
        this.writeTranslation(
          id,
          topic,
          locale,
          rowIdPrefix,
          mediaIds,
          `El paquete de contenido de ${this.clinicName} del ${this.packDate} cambió: ${changed.join(', ')}; el texto anterior está en el historial de versiones.`,
        ),
      )
      if (outcome === 'flagged') attention = 'source-changed-local-edits-kept'
      translations.push(outcome)
    }
    if (topicOutcome !== 'unchanged' || translations.some((outcome) => outcome !== 'unchanged')) {
      await this.update(id, SOURCE_LOCALE, { importedFrom: { ...this.provenance(topic), attention, record } })
    }
    return { topic: topicOutcome, translations }
  }

  /** One language of a topic imported before: untouched, replaced, or flagged with its local edits kept. */
  private async reimportLocale(
    id: number,
    topic: PackedTopic,
    locale: Locale,
    record: PackRecord,
    write: (changed: string[]) => Promise<void>,
  ): Promise<ImportOutcome> {
    const before = record.locales[locale]
    const source = packedPartHashes(topic, locale)
    const decision = before
      ? await decideReimport({ before, source, labels: PACKED_PART_LABELS, storedNow: () => this.storedHashes(id, locale) })
      : { step: 'update' as const, changed: ['text'] }
    if (decision.step === 'unchanged') return 'unchanged'
    if (decision.step === 'keep-local-edits') {
      record.locales[locale] = { source, written: before?.written ?? source }
      const note =
        locale === SOURCE_LOCALE
          ? `${this.clinicName}’s content pack of ${this.packDate} changed the ${decision.changed.join(', ')}. This topic was edited here since the last import, so its text was kept: compare it with the pack.`
          : `El paquete de contenido de ${this.clinicName} del ${this.packDate} cambió: ${decision.changed.join(', ')}. Este texto se editó aquí desde la última importación y se conservó.`
      await this.update(id, locale, { importedFrom: { changeNote: note } })
      return 'flagged'
    }
    await write(decision.changed)
    record.locales[locale] = { source, written: await this.storedHashes(id, locale) }
    return 'updated'
  }

  private async writeTranslation(id: number, topic: PackedTopic, locale: Locale, rowIdPrefix: string, mediaIds: Map<string, number>, changeNote: string) {
    const current = await this.read(id, locale, 0)
    const translation = topic.locales[locale]?.translation
    const approvedThere = translation?.approvedAt
      ? `; approved there${translation.approvedByName ? ` by ${translation.approvedByName}` : ''} on ${translation.approvedAt.slice(0, 10)}`
      : ''
    const data = this.localeData(topic, locale, rowIdPrefix, mediaIds)
    // The rows stay as they are here (English decides them); each gets its text in this language.
    const packedById = new Map(data.sections.map((section) => [section.id as string, section]))
    const sections = (current.sections ?? []).map((section) => (section.id && packedById.get(section.id)) || section)
    await this.update(id, locale, {
      ...data,
      sections,
      translation: {
        status: 'imported',
        translatedBy: translation?.translatedBy ?? 'human',
        translatorName: translation?.translatorName ?? null,
        provenance: `Imported, needs review: ${this.clinicName}’s content pack of ${this.packDate}${approvedThere}.`,
      },
      importedFrom: { changeNote },
    })
  }

  private localeData(topic: PackedTopic, locale: Locale, rowIdPrefix: string, mediaIds: Map<string, number>) {
    const text = topic.locales[locale]
    if (!text) throw new ContentPackError(`The pack has no ${locale} text for “${topic.locales.en?.title}”.`, 400, 'pack-refused')
    return {
      title: text.title,
      mainMessage: text.mainMessage,
      summary: text.summary,
      keywords: text.keywords,
      sections: unpackSections(text.sections, { rowIdPrefix, mediaId: (key) => mediaIds.get(key) ?? null }),
    }
  }

  private async sharedData(topic: PackedTopic) {
    return {
      audience: topic.audience,
      codes: topic.codes,
      sources: topic.sources.map((source) => ({ citation: source.citation, url: source.url, accessedAt: source.accessedAt })),
      categories: await this.categoryIds(topic.categories),
    }
  }

  /** The imported topic with this origin id, from its latest version (a draft saved after the import lives only there). */
  private async findImported(topic: PackedTopic): Promise<Topic | null> {
    const { docs } = await this.payload.findVersions({
      collection: 'topics',
      where: { and: [{ latest: { equals: true } }, { 'version.importedFrom.sourceId': { equals: this.sourceId(topic) } }] },
      limit: 1,
      depth: 0,
      req: this.req,
      overrideAccess: true,
    })
    // Typed loosely by Payload (number | string); topics have numeric ids.
    const parent = Number(docs[0]?.parent)
    return Number.isInteger(parent) && parent > 0 ? this.read(parent, SOURCE_LOCALE, 0) : null
  }

  private read(id: number, locale: Locale, depth: 0 | 1): Promise<Topic> {
    // No fallback: an untranslated field must read as empty, never as the English text.
    return this.payload.findByID({ collection: 'topics', id, locale, fallbackLocale: false, draft: true, depth, req: this.req, overrideAccess: true })
  }

  private async storedHashes(id: number, locale: Locale): Promise<PackedPartHashes> {
    return storedPartHashes(await this.read(id, locale, 1), locale)
  }

  private async update(id: number, locale: Locale, data: Record<string, unknown>): Promise<void> {
    await this.payload.update({
      collection: 'topics',
      id,
      locale,
      draft: true,
      depth: 0,
      req: this.req,
      overrideAccess: false,
      data: { ...data, _status: 'draft' } as unknown as Topic,
    })
  }

  private async saveRecord(id: number, record: PackRecord): Promise<void> {
    await this.update(id, SOURCE_LOCALE, { importedFrom: { record } })
  }

  /** A slug of its own: a topic here may already use the origin's. */
  private async freeSlug(slug: string): Promise<string> {
    for (let attempt = 1; ; attempt += 1) {
      const candidate = attempt === 1 ? slug : `${slug}-${attempt}`
      const { totalDocs } = await this.payload.count({ collection: 'topics', where: { slug: { equals: candidate } }, req: this.req, overrideAccess: true })
      if (totalDocs === 0) return candidate
    }
  }

  /** Each image once: the one this topic's earlier import made if it is still here, else a new media item. */
  private async mediaFor(topic: PackedTopic, record: PackRecord): Promise<Map<string, number>> {
    const ids = new Map<string, number>()
    for (const { key, alt } of topic.media) {
      let id = this.mediaIdByKey.get(key) ?? record.media[key]
      if (id !== undefined) {
        const existing = await this.payload.findByID({ collection: 'media', id, depth: 0, req: this.req, overrideAccess: true, disableErrors: true })
        if (!existing) id = undefined
      }
      if (id === undefined) {
        const file = this.pack.media.get(key)
        if (!file) throw new ContentPackError(`The image ${key} is missing from the pack.`, 400, 'pack-refused')
        const extension = file.fileName.split('.').pop() ?? ''
        const created = await this.payload.create({
          collection: 'media',
          locale: SOURCE_LOCALE,
          depth: 0,
          req: this.req,
          overrideAccess: false,
          data: { alt: alt.en || `Image from ${this.clinicName}` },
          file: { data: file.bytes, mimetype: MEDIA_TYPES[extension] ?? 'application/octet-stream', name: file.fileName, size: file.bytes.byteLength },
        })
        id = created.id
        for (const fileName of [created.filename, ...Object.values(created.sizes ?? {}).map((size) => size?.filename)])
          if (fileName) this.writtenFiles.push(fileName)
        for (const [locale, text] of Object.entries(alt) as [Locale, string][]) {
          if (locale === SOURCE_LOCALE || !text) continue
          await this.payload.update({ collection: 'media', id, locale, depth: 0, req: this.req, overrideAccess: false, data: { alt: text } })
        }
      }
      this.mediaIdByKey.set(key, id)
      record.media[key] = id
      ids.set(key, id)
    }
    return ids
  }

  /** Categories by English name (or the slug made from it), created when missing, with their other names. */
  private async categoryIds(categories: PackedTopic['categories']): Promise<number[]> {
    const ids: number[] = []
    for (const category of categories) {
      const name = category.names.en
      if (!name) continue
      let id = this.categoryIdByName.get(name)
      if (id === undefined) {
        const slug = slugify(name)
        const { docs } = await this.payload.find({
          collection: 'categories',
          where: { or: [{ name: { equals: name } }, { slug: { equals: slug } }] },
          locale: SOURCE_LOCALE,
          limit: 1,
          depth: 0,
          req: this.req,
          overrideAccess: true,
        })
        id = docs[0]?.id
        if (id === undefined) {
          id = (
            await this.payload.create({
              collection: 'categories',
              locale: SOURCE_LOCALE,
              depth: 0,
              req: this.req,
              overrideAccess: false,
              data: { name, slug, kind: category.kind },
            })
          ).id
          for (const [locale, localized] of Object.entries(category.names) as [Locale, string][]) {
            if (locale !== SOURCE_LOCALE)
              await this.payload.update({ collection: 'categories', id, locale, depth: 0, req: this.req, overrideAccess: false, data: { name: localized } })
          }
        }
        this.categoryIdByName.set(name, id)
      }
      ids.push(id)
    }
    return ids
  }
}
