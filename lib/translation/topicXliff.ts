import { type Field, type Payload } from 'payload'

import { hasRole } from '@/access/roles'
import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import type { PortalUser } from '@/lib/auth/portalUser'
import { type Locale, SOURCE_LOCALE } from '@/lib/i18n/locales'
import type { Topic } from '@/payload-types'

import { readTopicInLocale } from './readTopicInLocale'
import { applyTranslationUnits, TranslationApplyError, topicTranslationUnits } from './topicTranslationUnits'
import { TRANSLATION_CONTEXT, type TranslationSource } from './translationStatus'
import { withExistingTargets } from './translationUnit'
import { TranslationWorkflowError } from './translationWorkflowError'
import { exportTopicXliff, parseTopicXliff, XliffRefusal } from './xliffExchange'

function topicFields(payload: Payload): { fields: Field[]; blocks: NonNullable<Payload['config']['blocks']> } {
  return { fields: payload.collections.topics.config.fields, blocks: payload.config.blocks ?? [] }
}

function requireContentStaff(user: PortalUser, locale: Locale): void {
  if (!hasRole(user, 'admin', 'editor', 'reviewer'))
    throw new TranslationWorkflowError('Only content staff can exchange translation files.', 403, 'content-staff-only')
  if (locale === SOURCE_LOCALE)
    throw new TranslationWorkflowError('English is the source text: choose the language to translate into.', 400, 'not-a-translation')
}

/** The latest English draft and its version id: what a translation file is made from, and checked against on import. */
async function latestSource(payload: Payload, user: PortalUser, topicId: number): Promise<{ source: Topic; versionId: string }> {
  const source = await readTopicInLocale({ payload, user, topicId, locale: SOURCE_LOCALE, draft: true })
  const { docs } = await payload.findVersions({
    collection: 'topics',
    where: { parent: { equals: topicId } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    user,
    overrideAccess: false,
    select: { updatedAt: true },
  })
  return { source, versionId: String(docs[0]?.id ?? source.updatedAt) }
}

/**
 * A topic's patient text as an XLIFF 2.0 file for a translator: every
 * localized text of the latest English draft, with the current translation
 * as the target where one exists (so a translator revises rather than starts
 * over), named by the version it was made from.
 */
export async function exportTopicTranslation({
  payload,
  user,
  topicId,
  locale,
}: {
  payload: Payload
  user: PortalUser
  topicId: number
  locale: Locale
}): Promise<{ fileName: string; xml: string }> {
  requireContentStaff(user, locale)
  const { fields, blocks } = topicFields(payload)
  const { source, versionId } = await latestSource(payload, user, topicId)
  const translated = await readTopicInLocale({ payload, user, topicId, locale, draft: true })
  const sourceUnits = topicTranslationUnits(fields, source as unknown as Record<string, unknown>, { blocks })
  const units = withExistingTargets(sourceUnits, topicTranslationUnits(fields, translated as unknown as Record<string, unknown>, { blocks }))
  const xml = exportTopicXliff({ topicId, versionId, sourceLocale: SOURCE_LOCALE, targetLocale: locale, title: source.title, units })
  await recordAuditEvent({
    payload,
    action: 'translation.export',
    actorId: user.id,
    target: { collection: 'topics', id: topicId },
    detail: `${locale}; ${units.length} texts`,
  })
  return { fileName: `${source.slug}.${locale}.xlf`, xml }
}

/** A plain object (not an array, not null). */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The translated text laid over the full English document: rows matched by
 * id keep every field the translation does not carry (a sign's urgency, an
 * exercise's picture), so the update changes text and nothing else.
 */
export function overlayTranslatedText(base: unknown, overlay: unknown): unknown {
  if (overlay === undefined) return base
  if (Array.isArray(base) && Array.isArray(overlay)) {
    const rowsById = new Map(overlay.filter(isRecord).map((row) => [row.id, row]))
    return base.map((row, index) => {
      const match = isRecord(row) && row.id !== undefined ? rowsById.get(row.id) : overlay[index]
      return match === undefined ? row : overlayTranslatedText(row, match)
    })
  }
  if (isRecord(base) && isRecord(overlay) && !('root' in overlay)) {
    const merged: Record<string, unknown> = { ...base }
    for (const [key, value] of Object.entries(overlay)) merged[key] = overlayTranslatedText(base[key], value)
    return merged
  }
  return overlay
}

/**
 * A translator's XLIFF 2.0 file applied to the topic's translation draft, all
 * or nothing: refused with the first problem named when it is not XLIFF 2.0,
 * is for another topic, language or an older version of the English, misses
 * or adds a text, leaves one empty, or breaks its markup. The translation
 * becomes a draft (recorded as made by a human translator or a machine),
 * to be submitted and approved like any other.
 */
export async function importTopicTranslation({
  payload,
  user,
  topicId,
  locale,
  file,
  translatedBy,
}: {
  payload: Payload
  user: PortalUser
  topicId: number
  locale: Locale
  file: Uint8Array | string
  translatedBy: TranslationSource
}): Promise<{ texts: number }> {
  requireContentStaff(user, locale)
  const { fields, blocks } = topicFields(payload)
  const { source, versionId } = await latestSource(payload, user, topicId)
  const sourceUnits = topicTranslationUnits(fields, source as unknown as Record<string, unknown>, { blocks })
  let applied: Record<string, unknown>
  let texts: number
  try {
    const units = await parseTopicXliff(file, { topicId, versionId, sourceLocale: SOURCE_LOCALE, targetLocale: locale, units: sourceUnits })
    applied = applyTranslationUnits(fields, source as unknown as Record<string, unknown>, units, { blocks })
    texts = units.length
  } catch (error) {
    if (error instanceof XliffRefusal || error instanceof TranslationApplyError) {
      throw new TranslationWorkflowError(`The file was not imported: ${error.message}`, 400, 'xliff-refused')
    }
    throw error
  }
  const translated = await readTopicInLocale({ payload, user, topicId, locale, draft: true })
  const data = {
    ...applied,
    sections: overlayTranslatedText(source.sections, applied.sections) as Topic['sections'],
    _status: 'draft' as const,
    translation: { ...translated.translation, status: 'draft' as const, translatedBy },
  }
  await payload.update({ collection: 'topics', id: topicId, locale, draft: true, user, overrideAccess: false, context: { [TRANSLATION_CONTEXT]: true }, data })
  await recordAuditEvent({
    payload,
    action: 'translation.import',
    actorId: user.id,
    target: { collection: 'topics', id: topicId },
    detail: `${locale}; ${texts} texts; ${translatedBy === 'machine' ? 'machine draft' : 'human translation'}`,
  })
  return { texts }
}
