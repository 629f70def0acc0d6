import path from 'node:path'

import type { Payload } from 'payload'

import { slugify } from '@/fields/slugField'
import type { Locale } from '@/lib/i18n/locales'
import { ConcurrentWrites } from '@/lib/import/concurrentWrites'
import { IMPORT_CONTEXT } from '@/lib/import/importProvenance'
import { type ImportRecord as SharedImportRecord, readImportRecord } from '@/lib/import/importRecord'
import { TRANSLATION_CONTEXT } from '@/lib/translation/translationStatus'
import type { Topic, TopicsSelect } from '@/payload-types'

import type { HealthTopicsEvent, MedlinePlusHealthTopic } from './healthTopic'
import {
  changedParts,
  type ImportedCategory,
  type ImportedSource,
  importedTextHashes,
  type ImportedTextHashes,
  type ImportedTopicText,
  isImportedSourceCitation,
  mapEnglishTopic,
  type MappedEnglishTopic,
  type MappedSpanishTopic,
  mapSpanishTopic,
} from './mapHealthTopic'
import { openHealthTopicsFile } from './openHealthTopicsFile'
import { MedlinePlusFileError, readHealthTopics } from './readHealthTopics'

export type ImportOutcome = 'created' | 'updated' | 'unchanged' | 'flagged' | 'refused'
export type ImportCounts = Record<ImportOutcome, number>

export interface ImportRefusal {
  line: number
  id: string | null
  reason: string
}

export interface MedlinePlusImportSummary {
  fileDate: string
  /** English records: one Careleaf topic each. */
  topics: ImportCounts
  /** Spanish records: the `es` text of the English topic each maps to. */
  translations: ImportCounts
  /** Topics imported before and missing from this file (flagged, never deleted). */
  goneFromFile: number
  refusals: ImportRefusal[]
}

export interface MedlinePlusImportProgress {
  phase: 'English topics' | 'Spanish translations'
  done: number
  total: number
}

export interface ImportMedlinePlusTopicsOptions {
  payload: Payload
  filePath: string
  onProgress?: (progress: MedlinePlusImportProgress) => void
  now?: () => Date
}

/** What the import keeps in `importedFrom.record` (lib/import/importRecord), with MedlinePlus's parts. */
type ImportRecord = SharedImportRecord<ImportedTextHashes>

const PUBLISHER = 'medlineplus'
/** Topics saved at once: enough to keep PostgreSQL busy while Node runs the save hooks, few enough for the pool (10). */
const CONCURRENT_WRITES = 4
const SPANISH_TRANSLATOR = 'MedlinePlus en español (U.S. National Library of Medicine)'

/**
 * Imports the MedlinePlus health-topics file (XML or its zip) as draft
 * topics: English records become topics, each Spanish record the `es` text of
 * the English topic it maps to. A reviewer publishes them as any topic; the
 * readability and quality checks run on every save, as for any topic.
 *
 * Runs as the system, never for a web request: it is called only by the
 * `import:medlineplus` command a clinic's administrator runs on the server,
 * with no signed-in user to act as, so it uses overrideAccess; the
 * provenance fields it writes are closed to everyone else (IMPORT_CONTEXT).
 *
 * The file is read through once before anything is written, so a truncated
 * or malformed file, or one of another shape, stops with its line and column
 * and changes nothing. Re-importing is keyed by the MedlinePlus id:
 * unchanged topics are not touched; changed text becomes a new draft version
 * with a note of what changed, unless the topic was edited here since the
 * last import, in which case its text is kept and the topic is flagged;
 * topics missing from the file are flagged, never deleted.
 *
 * Each topic is saved on its own (one Local API call, its own transaction),
 * not the whole file in one: if the database fails part-way, running the
 * same file again finishes the job, since what was saved reads as unchanged.
 */
export async function importMedlinePlusTopics({
  payload,
  filePath,
  onProgress,
  now = () => new Date(),
}: ImportMedlinePlusTopicsOptions): Promise<MedlinePlusImportSummary> {
  const survey = await surveyFile(filePath)
  const importer = new MedlinePlusImporter(payload, survey.fileDate, now)
  await importer.loadImportedTopics()
  const summary: MedlinePlusImportSummary = {
    fileDate: survey.fileDate,
    topics: emptyCounts(),
    translations: emptyCounts(),
    goneFromFile: 0,
    refusals: [],
  }
  const refuse = (counts: ImportCounts, refusal: ImportRefusal) => {
    counts.refused += 1
    summary.refusals.push(refusal)
  }

  // A zero first, so the rate and time left count from the start of each pass.
  onProgress?.({ phase: 'English topics', done: 0, total: survey.englishCount })
  let done = 0
  let writes = new ConcurrentWrites(CONCURRENT_WRITES)
  for await (const event of readFile(filePath)) {
    if (event.kind === 'skipped') {
      refuse(summary.topics, { line: event.line, id: event.id, reason: event.reason })
      continue
    }
    if (event.kind !== 'topic' || !isEnglish(event.topic)) continue
    const topic = event.topic
    const mapped = mapEnglishTopic(topic, survey.fileDate)
    if (!mapped.ok) {
      refuse(summary.topics, { line: topic.line, id: topic.id, reason: mapped.reason })
      onProgress?.({ phase: 'English topics', done: (done += 1), total: survey.englishCount })
      continue
    }
    // Categories one at a time, before the write: two topics of a new group must not both create it.
    const categoryIds = await importer.categoryIds(mapped.value.categories, 'en')
    await writes.run(async () => {
      summary.topics[await importer.importEnglish(mapped.value, categoryIds)] += 1
      onProgress?.({ phase: 'English topics', done: (done += 1), total: survey.englishCount })
    })
  }
  await writes.drain()

  onProgress?.({ phase: 'Spanish translations', done: 0, total: survey.spanishCount })
  done = 0
  writes = new ConcurrentWrites(CONCURRENT_WRITES)
  for await (const event of readFile(filePath)) {
    if (event.kind !== 'topic' || !isSpanish(event.topic)) continue
    const topic = event.topic
    const mapped = mapSpanishTopic(topic)
    if (!mapped.ok) {
      refuse(summary.translations, { line: topic.line, id: topic.id, reason: mapped.reason })
      onProgress?.({ phase: 'Spanish translations', done: (done += 1), total: survey.spanishCount })
      continue
    }
    await importer.categoryIds(mapped.value.categories, 'es')
    await writes.run(async () => {
      const outcome = await importer.importSpanish(mapped.value)
      if (typeof outcome === 'string') summary.translations[outcome] += 1
      else refuse(summary.translations, { line: topic.line, id: topic.id, reason: outcome.refused })
      onProgress?.({ phase: 'Spanish translations', done: (done += 1), total: survey.spanishCount })
    })
  }
  await writes.drain()

  summary.goneFromFile = await importer.flagTopicsGoneFrom(survey.englishIds)
  summary.topics.flagged += summary.goneFromFile
  // Topics other than English or Spanish (the files hold none today) are neither imported nor refused silently.
  for (const refusal of survey.otherLanguages) refuse(summary.topics, refusal)
  return summary
}

function emptyCounts(): ImportCounts {
  return { created: 0, updated: 0, unchanged: 0, flagged: 0, refused: 0 }
}

const isEnglish = (topic: MedlinePlusHealthTopic) => topic.language.toLowerCase() === 'english'
const isSpanish = (topic: MedlinePlusHealthTopic) => topic.language.toLowerCase() === 'spanish'

async function* readFile(filePath: string): AsyncGenerator<HealthTopicsEvent> {
  const stream = await openHealthTopicsFile(filePath)
  try {
    yield* readHealthTopics(stream)
  } catch (error) {
    // A zip entry that ends early fails in the stream, not in the XML reader.
    if (error instanceof MedlinePlusFileError) throw error
    throw new MedlinePlusFileError(`The file cannot be read: ${error instanceof Error ? error.message : String(error)}`, 0, 0)
  } finally {
    stream.destroy()
  }
}

interface FileSurvey {
  fileDate: string
  englishIds: Set<string>
  englishCount: number
  spanishCount: number
  otherLanguages: ImportRefusal[]
}

/** The read-through before any write: the whole file must be well-formed, and gives the counts for progress. */
async function surveyFile(filePath: string): Promise<FileSurvey> {
  const survey: FileSurvey = { fileDate: '', englishIds: new Set(), englishCount: 0, spanishCount: 0, otherLanguages: [] }
  let headerDate: string | null = null
  for await (const event of readFile(filePath)) {
    if (event.kind === 'header') headerDate = event.header.dateGenerated
    if (event.kind !== 'topic') continue
    if (isEnglish(event.topic)) {
      survey.englishCount += 1
      survey.englishIds.add(event.topic.id)
    } else if (isSpanish(event.topic)) survey.spanishCount += 1
    else
      survey.otherLanguages.push({
        line: event.topic.line,
        id: event.topic.id,
        reason: `its language "${event.topic.language}" is neither English nor Spanish`,
      })
  }
  // NLM names the files mplus_topics_YYYY-MM-DD.xml; the root's date-generated says the same.
  const nameDate = /mplus_topics_(\d{4}-\d{2}-\d{2})/u.exec(path.basename(filePath))?.[1] ?? null
  const fileDate = headerDate ?? nameDate
  if (!fileDate) {
    throw new MedlinePlusFileError('The file’s date is unknown: <health-topics> has no date-generated and the file is not named mplus_topics_YYYY-MM-DD', 1, 1)
  }
  survey.fileDate = fileDate
  return survey
}

type TopicSectionData = Topic['sections'][number]
type TextSectionData = Extract<TopicSectionData, { blockType: 'text' }>

/** The imported summary's own section keeps one id per MedlinePlus topic, so later imports (and the `es` text) find it. */
const summarySectionId = (sourceId: string) => `medlineplus-${sourceId}`

/**
 * What a save reads back: the id comes with any selection. Reading the whole
 * saved topic back (every section kind's tables) would double a save's cost.
 */
const SAVED_FIELDS_READ_BACK: TopicsSelect<true> = { _status: true }

/** What the importer knows of an imported topic's latest draft without reading it again. */
interface KnownTopic {
  id: number
  sourceId: string
  sourceUrl: string | null
  attention: string | null
  record: ImportRecord
  /** Created by this run: its sections are the imported one alone, and it has no `es` text yet. */
  createdNow: boolean
}

class MedlinePlusImporter {
  /** Imported topics by MedlinePlus (English) id: those of earlier imports, and those this run creates. */
  private readonly known = new Map<string, KnownTopic>()
  private readonly categoryIdByGroup = new Map<string, number>()
  private readonly categoriesNamedInSpanish = new Set<number>()

  constructor(
    private readonly payload: Payload,
    private readonly fileDate: string,
    private readonly now: () => Date,
  ) {}

  private get writeOptions() {
    return {
      overrideAccess: true,
      draft: true,
      depth: 0,
      select: SAVED_FIELDS_READ_BACK,
      context: { [IMPORT_CONTEXT]: true, [TRANSLATION_CONTEXT]: true },
    } as const
  }

  /**
   * One query for every imported topic's provenance, from its latest version:
   * a draft saved after the import lives only in the versions table. An
   * unchanged topic then costs no further query.
   */
  async loadImportedTopics(): Promise<void> {
    const { docs } = await this.payload.findVersions({
      collection: 'topics',
      where: { and: [{ latest: { equals: true } }, { 'version.importedFrom.publisher': { equals: PUBLISHER } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { parent: true, version: { importedFrom: true } },
    })
    for (const { parent, version } of docs) {
      // Typed loosely by Payload (number | string); topics have numeric ids.
      const id = Number(parent)
      const provenance = version.importedFrom
      if (!Number.isInteger(id) || !provenance?.sourceId) continue
      this.known.set(provenance.sourceId, {
        id,
        sourceId: provenance.sourceId,
        sourceUrl: provenance.sourceUrl ?? null,
        attention: provenance.attention ?? null,
        record: readRecord(provenance.record),
        createdNow: false,
      })
    }
  }

  async importEnglish(mapped: MappedEnglishTopic, categories: number[]): Promise<ImportOutcome> {
    const sourceHashes = importedTextHashes(mapped.text)
    // The file's date is in every source; a new file alone is not a change.
    const links = JSON.stringify([mapped.sources.map(({ citation, url }) => [citation, url]), mapped.categories.map((category) => category.name)])
    const known = this.known.get(mapped.sourceId)
    const provenance = {
      publisher: PUBLISHER,
      sourceId: mapped.sourceId,
      sourceUrl: mapped.sourceUrl,
      fileDate: this.fileDate,
      importedAt: this.now().toISOString(),
    } as const

    if (!known) {
      const record: ImportRecord = { locales: { en: { source: sourceHashes, written: sourceHashes, links } } }
      const created = await this.payload.create({
        collection: 'topics',
        locale: 'en',
        ...this.writeOptions,
        data: {
          _status: 'draft',
          ...this.textData(mapped.text, mapped.sourceId, []),
          categories,
          sources: mapped.sources,
          importedFrom: {
            ...provenance,
            attention: null,
            changeNote: `Imported from the MedlinePlus file of ${this.fileDate}.`,
            record: record as unknown as Record<string, unknown>,
          },
        } as unknown as Topic,
      })
      this.known.set(mapped.sourceId, { id: created.id, sourceId: mapped.sourceId, sourceUrl: mapped.sourceUrl, attention: null, record, createdNow: true })
      return 'created'
    }

    const before = known.record.locales.en
    const wasGone = known.attention === 'gone-from-source'
    const changed = before ? changedParts(before.source, sourceHashes) : ['text']
    const linksChanged = before?.links !== links
    if (changed.length === 0 && !linksChanged && !wasGone) return 'unchanged'

    const doc = await this.latestDraft(known.id, 'en')
    const record = readRecord(doc.importedFrom?.record)
    const sources = mergeSources(doc.sources ?? [], mapped.sources)
    const mergedCategories = [...new Set([...(doc.categories ?? []).map((category) => (typeof category === 'number' ? category : category.id)), ...categories])]
    let outcome: ImportOutcome = 'updated'
    if (changed.length === 0) {
      const note = wasGone ? `Back in the MedlinePlus file of ${this.fileDate}.` : `The MedlinePlus file of ${this.fileDate} changed its sources or groups.`
      record.locales.en = { ...(before as NonNullable<typeof before>), links }
      await this.update(known.id, 'en', { sources, categories: mergedCategories, importedFrom: { ...provenance, attention: null, changeNote: note, record } })
    } else if (before && hasLocalEdits(doc, mapped.sourceId, before.written)) {
      record.locales.en = { ...before, source: sourceHashes, links }
      await this.update(known.id, 'en', {
        importedFrom: {
          ...provenance,
          attention: 'source-changed-local-edits-kept',
          changeNote: `The MedlinePlus file of ${this.fileDate} changed the ${changed.join(', ')}. This topic was edited here since the last import, so its text was kept: compare it with ${mapped.sourceUrl}.`,
          record,
        },
      })
      outcome = 'flagged'
    } else {
      record.locales.en = { source: sourceHashes, written: sourceHashes, links }
      await this.update(known.id, 'en', {
        ...this.textData(mapped.text, mapped.sourceId, doc.sections ?? []),
        sources,
        categories: mergedCategories,
        importedFrom: {
          ...provenance,
          attention: null,
          changeNote: `The MedlinePlus file of ${this.fileDate} changed the ${changed.join(', ')}; the earlier text is in the version history.`,
          record,
        },
      })
    }
    this.known.set(mapped.sourceId, { ...known, attention: outcome === 'flagged' ? 'source-changed-local-edits-kept' : null, record })
    return outcome
  }

  async importSpanish(mapped: MappedSpanishTopic): Promise<ImportOutcome | { refused: string }> {
    const known = mapped.englishId ? this.known.get(mapped.englishId) : undefined
    if (!known) return { refused: mapped.englishId ? `its English topic ${mapped.englishId} was not imported` : 'it names no English topic' }
    const sourceHashes = importedTextHashes(mapped.text)
    const before = known.record.locales.es
    const changed = before ? changedParts(before.source, sourceHashes) : []
    if (before && changed.length === 0) return 'unchanged'

    // A topic created by this run holds just what it was created with: nothing to read back.
    const doc = known.createdNow ? null : await this.latestDraft(known.id, 'es')
    const record = doc ? readRecord(doc.importedFrom?.record) : known.record
    const stamp = { fileDate: this.fileDate, importedAt: this.now().toISOString() }
    if (doc && before && hasLocalEdits(doc, known.sourceId, before.written)) {
      record.locales.es = { ...before, source: sourceHashes }
      await this.update(known.id, 'es', {
        importedFrom: {
          ...stamp,
          attention: 'source-changed-local-edits-kept',
          changeNote: `El archivo de MedlinePlus del ${this.fileDate} cambió: ${changed.join(', ')}. Este texto se editó aquí desde la última importación y se conservó.`,
          record,
        },
      })
      return 'flagged'
    }

    record.locales.es = { source: sourceHashes, written: sourceHashes }
    await this.update(known.id, 'es', {
      ...this.textData(mapped.text, known.sourceId, doc?.sections ?? [{ id: summarySectionId(known.sourceId) } as TopicSectionData]),
      // Handled as a draft everywhere (never given to a patient) until a reviewer approves it.
      translation: {
        status: 'imported',
        translatedBy: 'human',
        translatorName: SPANISH_TRANSLATOR,
        provenance: `Imported, needs review: MedlinePlus health topic ${mapped.sourceId}, file of ${this.fileDate}.`,
      },
      importedFrom: {
        ...stamp,
        changeNote: before
          ? `El archivo de MedlinePlus del ${this.fileDate} cambió: ${changed.join(', ')}; el texto anterior está en el historial de versiones.`
          : `Importado del archivo de MedlinePlus del ${this.fileDate}.`,
        record,
      },
    })
    return before ? 'updated' : 'created'
  }

  /** Topics imported before that this file no longer holds: flagged once, never deleted. */
  async flagTopicsGoneFrom(sourceIdsInFile: ReadonlySet<string>): Promise<number> {
    let flagged = 0
    for (const known of this.known.values()) {
      if (sourceIdsInFile.has(known.sourceId) || known.attention === 'gone-from-source') continue
      await this.update(known.id, 'en', {
        importedFrom: {
          attention: 'gone-from-source',
          changeNote: `Not in the MedlinePlus file of ${this.fileDate}: MedlinePlus may have retired or merged this topic. Check ${known.sourceUrl ?? 'medlineplus.gov'} before using it.`,
        },
      })
      flagged += 1
    }
    return flagged
  }

  private textData(text: ImportedTopicText, sourceId: string, sections: TopicSectionData[]) {
    const id = summarySectionId(sourceId)
    const section = { id, blockType: 'text', heading: text.sectionHeading, body: text.sectionBody } as unknown as TextSectionData
    const others = sections.filter((existing) => existing.id !== id)
    // The imported summary leads; sections added here stay, in their order.
    return { title: text.title, summary: text.summary, keywords: text.keywords, sections: [section, ...others] }
  }

  private async latestDraft(id: number, locale: Locale): Promise<Topic> {
    // No fallback: an untranslated Spanish field must read as empty, never as the English text.
    return this.payload.findByID({ collection: 'topics', id, locale, fallbackLocale: false, draft: true, depth: 0, overrideAccess: true })
  }

  private async update(id: number, locale: Locale, data: Record<string, unknown>): Promise<void> {
    await this.payload.update({ collection: 'topics', id, locale, ...this.writeOptions, data: { ...data, _status: 'draft' } as unknown as Topic })
  }

  /** MedlinePlus groups as categories, found by slug or created; the Spanish records give their Spanish names. */
  async categoryIds(categories: ImportedCategory[], locale: Locale): Promise<number[]> {
    const ids: number[] = []
    for (const category of categories) {
      const key = category.sourceId ?? category.name
      let id = this.categoryIdByGroup.get(key)
      if (id === undefined && locale === 'es') continue
      if (id === undefined) {
        const slug = slugify(category.name)
        const { docs } = await this.payload.find({ collection: 'categories', where: { slug: { equals: slug } }, limit: 1, depth: 0, overrideAccess: true })
        id =
          docs[0]?.id ??
          (await this.payload.create({ collection: 'categories', locale: 'en', overrideAccess: true, data: { name: category.name, slug, kind: 'bodyRegion' } }))
            .id
        this.categoryIdByGroup.set(key, id)
      }
      if (locale === 'es' && !this.categoriesNamedInSpanish.has(id)) {
        const current = await this.payload.findByID({ collection: 'categories', id, locale: 'es', fallbackLocale: false, depth: 0, overrideAccess: true })
        if (!current.name) await this.payload.update({ collection: 'categories', id, locale: 'es', overrideAccess: true, data: { name: category.name } })
        this.categoriesNamedInSpanish.add(id)
      }
      ids.push(id)
    }
    return ids
  }
}

const readRecord = (value: unknown): ImportRecord => readImportRecord<ImportedTextHashes>(value)

/** Whether the stored text of the imported parts differs from what the last import wrote. */
function hasLocalEdits(doc: Topic, sourceId: string, written: ImportedTextHashes): boolean {
  const section = (doc.sections ?? []).find((candidate) => candidate.id === summarySectionId(sourceId))
  // The imported section deleted or made into another kind is an edit too.
  if (!section || section.blockType !== 'text') return true
  const stored = importedTextHashes({
    title: doc.title,
    summary: doc.summary,
    keywords: doc.keywords ?? [],
    sectionHeading: section.heading,
    sectionBody: section.body,
  })
  return changedParts(written, stored).length > 0
}

/** The file's sources replace the earlier MedlinePlus ones (same link); sources added here stay. */
function mergeSources(existing: NonNullable<Topic['sources']>, imported: ImportedSource[]): ImportedSource[] {
  const importedUrls = new Set(imported.map((source) => source.url))
  const kept = existing.filter((source) => !importedUrls.has(source.url ?? null) && !isImportedSourceCitation(source.citation))
  return [...imported, ...kept.map((source) => ({ citation: source.citation, url: source.url ?? null, accessedAt: source.accessedAt ?? '' }))]
}
