import type { Payload } from 'payload'

import { isUrgentSection, type TopicSection } from '@/blocks'
import type { PortalUser } from '@/lib/auth/portalUser'
import { type Locale, localeInfo, SOURCE_LOCALE } from '@/lib/i18n/locales'
import { readAsUserOrNull } from '@/lib/payload/readAsUserOrNull'
import { type TopicTranslationState, topicTranslationState } from '@/lib/translation/sectionTranslations'
import type { Handout, Topic } from '@/payload-types'

import { type CreateHandoutInput, type SectionRef, UNTRANSLATED_CHOICE_REQUIRED, WARNING_SIGNS_REASON_REQUIRED } from './createHandoutInput'
import { HANDOUT_REVISION_CONTEXT } from './handoutWriteContext'
import { leavesOutWarningSigns } from './leavesOutWarningSigns'
import { dedupeSections, handoutTitle } from './orderSections'
import { snapshotSection } from './snapshotSection'

export class HandoutInputError extends Error {
  override name = 'HandoutInputError'
}

/** A section without an approved translation was chosen, and the clinician has not said what to do with it. */
export class UntranslatedSectionsChoiceError extends HandoutInputError {
  override name = 'UntranslatedSectionsChoiceError'
  constructor() {
    super(UNTRANSLATED_CHOICE_REQUIRED)
  }
}

/** Every warning-sign section of the chosen topics was left out, and no reason was given. */
export class WarningSignsOmittedError extends HandoutInputError {
  override name = 'WarningSignsOmittedError'
  constructor() {
    super(WARNING_SIGNS_REASON_REQUIRED)
  }
}

function hasId(section: Topic['sections'][number]): section is TopicSection & { id: string } {
  return typeof section.id === 'string'
}

/**
 * The sections in the order the clinician chose. The older single-topic
 * input (topicId + sectionIds) keeps the topic's own order, as it always did.
 */
async function requestedSections(input: CreateHandoutInput, loadTopic: (id: number) => Promise<Topic>): Promise<SectionRef[]> {
  if (input.sections) return dedupeSections(input.sections)
  if (input.topicId === undefined || !input.sectionIds) return []
  const topic = await loadTopic(input.topicId)
  const wanted = new Set(input.sectionIds)
  const inTopic = topic.sections.filter(hasId).filter((section) => wanted.has(section.id))
  const ordered: SectionRef[] = inTopic.map((section) => ({ topicId: topic.id, sectionId: section.id }))
  // Unknown ids are kept so the "no longer exist" check below reports them.
  for (const sectionId of wanted) if (!inTopic.some((section) => section.id === sectionId)) ordered.push({ topicId: topic.id, sectionId })
  return ordered
}

/** The published version of the topic as a marker of what was copied; null if versions are unavailable. */
async function latestPublishedVersionId(payload: Payload, topicId: number): Promise<string | null> {
  const { docs } = await payload
    .findVersions({
      collection: 'topics',
      // Version ids are not content; reading them needs no user rights beyond the topic's.
      overrideAccess: true,
      where: { and: [{ parent: { equals: topicId } }, { 'version._status': { equals: 'published' } }] },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      pagination: false,
    })
    .catch(() => ({ docs: [] as Array<{ id: unknown }> }))
  const id = docs[0]?.id
  return id === undefined || id === null ? null : String(id)
}

/** `reviewedAt` belongs to the content model; read defensively so this works before and after it exists. */
function topicReviewedAt(topic: Topic): string | null {
  const value = (topic as unknown as Record<string, unknown>).reviewedAt
  return typeof value === 'string' && value !== '' ? value : null
}

/**
 * Makes a patient handout from the published versions of one or more topics,
 * copying the chosen sections' text (one snapshot per section, in the chosen
 * order) and the version of each topic, so the handout never changes under
 * the patient and can tell when newer content exists.
 */
export async function createHandout({
  payload,
  user,
  input,
  requireWarningSignsOrReason = false,
}: {
  payload: Payload
  user: PortalUser
  input: CreateHandoutInput
  /**
   * Refuse a handout that leaves out every warning-sign section of its topics
   * unless `input.warningSignsOmittedReason` says why. The builder asks it for
   * every new handout. A refresh does not: it keeps the sections the clinician
   * already chose (and answered for) on the original.
   */
  requireWarningSignsOrReason?: boolean
}): Promise<Handout> {
  const language = input.language ?? SOURCE_LOCALE
  const topics = new Map<number, Topic>()
  async function loadTopic(id: number): Promise<Topic> {
    const cached = topics.get(id)
    if (cached) return cached
    // depth 1 resolves images in exercise and media blocks, which the snapshot copies.
    const topic = await readAsUserOrNull({ payload, user, collection: 'topics', id, depth: 1, draft: false, locale: SOURCE_LOCALE })
    if (!topic || topic._status !== 'published') throw new HandoutInputError('One of the chosen topics is no longer available. Remove it and try again.')
    topics.set(id, topic)
    return topic
  }
  // The same published topics in the handout's language, with which sections their approved translation covers.
  const translations = new Map<number, { topic: Topic; state: TopicTranslationState }>()
  async function loadTranslation(id: number) {
    const cached = translations.get(id)
    if (cached) return cached
    const source = await loadTopic(id)
    const topic = await readAsUserOrNull({ payload, user, collection: 'topics', id, depth: 1, draft: false, locale: language })
    const loaded = { topic: topic ?? source, state: topicTranslationState({ source, translated: topic }) }
    translations.set(id, loaded)
    return loaded
  }

  async function usableTranslation(id: number): Promise<Topic | null> {
    const { topic, state } = await loadTranslation(id)
    return state.usable ? topic : null
  }
  async function titleOf(id: number): Promise<string | null> {
    return language === SOURCE_LOCALE ? null : ((await usableTranslation(id))?.title ?? null)
  }

  const requested = await requestedSections(input, loadTopic)
  if (requested.length === 0) throw new HandoutInputError('Tick at least one section to include.')

  // Each section in the handout's language when its approved translation covers it; otherwise as the clinician chose.
  const refs: Array<SectionRef & { locale: Locale }> = []
  for (const ref of requested) {
    if (language === SOURCE_LOCALE) {
      refs.push({ ...ref, locale: SOURCE_LOCALE })
      continue
    }
    const { state } = await loadTranslation(ref.topicId)
    if (state.sections.get(ref.sectionId) === 'translated') refs.push({ ...ref, locale: language })
    else if (input.untranslatedSections === 'english') refs.push({ ...ref, locale: SOURCE_LOCALE })
    else if (input.untranslatedSections !== 'leave-out') throw new UntranslatedSectionsChoiceError()
  }
  if (refs.length === 0) {
    throw new HandoutInputError(
      `None of the chosen sections has an approved ${localeInfo(language).label} translation. Give them in English under a note, or choose another language.`,
    )
  }

  const snapshots = []
  for (const ref of refs) {
    const topic = ref.locale === SOURCE_LOCALE ? await loadTopic(ref.topicId) : (await loadTranslation(ref.topicId)).topic
    const section = topic.sections.filter(hasId).find((candidate) => candidate.id === ref.sectionId)
    if (!section) throw new HandoutInputError('Some chosen sections no longer exist in their topic. Reload and try again.')
    const snapshot = snapshotSection(section, { topicId: topic.id, topicTitle: (await titleOf(ref.topicId)) ?? topic.title })
    if (!snapshot) throw new HandoutInputError('An image in the chosen sections is no longer available. Reload and try again.')
    snapshots.push({
      topic: topic.id,
      topicTitle: snapshot.topicTitle,
      sectionId: snapshot.sectionId,
      heading: snapshot.heading,
      blockType: snapshot.blockType ?? 'text',
      body: snapshot.body as unknown as Record<string, unknown>,
      locale: ref.locale,
    })
  }

  const usedTopics = [...new Set(refs.map((ref) => ref.topicId))].map((id) => topics.get(id)!)
  // A topic's title, main message and summary in the handout's language when its translation is usable.
  const inLanguage = await Promise.all(usedTopics.map(async (topic) => (language === SOURCE_LOCALE ? topic : await usableTranslation(topic.id)) ?? topic))
  const omitsWarningSigns = leavesOutWarningSigns(
    usedTopics.map((topic) => ({
      id: topic.id,
      sections: topic.sections.filter(hasId).map((section) => ({ id: section.id, urgent: isUrgentSection(section) })),
    })),
    refs,
  )
  const omittedReason = input.warningSignsOmittedReason?.trim() || null
  if (requireWarningSignsOrReason && omitsWarningSigns && !omittedReason) throw new WarningSignsOmittedError()
  const versionIds = await Promise.all(usedTopics.map((topic) => latestPublishedVersionId(payload, topic.id)))

  return payload.create({
    collection: 'handouts',
    user,
    overrideAccess: false,
    // `revisionOf` is writable only with this flag: `refreshHandout` has checked the user manages the original.
    context: input.revisionOf === undefined ? undefined : { [HANDOUT_REVISION_CONTEXT]: true },
    data: {
      title: handoutTitle(snapshots.map((snapshot) => snapshot.topicTitle)),
      patientName: input.patientName,
      preferredName: input.preferredName,
      patientIdentifier: input.patientIdentifier,
      ehrPatientId: input.ehrPatientId,
      language: input.language ?? 'en',
      instructions: input.instructions,
      followUpDate: input.followUpDate ? `${input.followUpDate}T12:00:00.000Z` : undefined,
      contactLine: input.contactLine,
      largePrint: input.largePrint ?? false,
      pageSize: input.pageSize,
      revisionOf: input.revisionOf,
      clinician: user.id,
      sections: snapshots,
      // Kept only when it explains something: a reason sent with warning signs included says nothing.
      warningSignsOmittedReason: omitsWarningSigns ? omittedReason : null,
      topicVersions: usedTopics.map((topic, index) => ({
        topic: topic.id,
        topicUpdatedAt: topic.updatedAt,
        versionId: versionIds[index] ?? null,
        reviewedAt: topicReviewedAt(topic),
        mainMessage: inLanguage[index]!.mainMessage?.trim() || null,
        summary: inLanguage[index]!.summary?.trim() || null,
      })),
    },
  })
}
