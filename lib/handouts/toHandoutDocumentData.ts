import type { Payload } from 'payload'

import { loadClinic } from '@/lib/clinic/loadClinic'
import { localeOf } from '@/lib/i18n/locales'
import { patientMessages } from '@/lib/i18n/patientMessages'
import { relationId } from '@/lib/payload/relationId'
import type { Handout } from '@/payload-types'

import { resolvePageSize } from './handoutOptions'
import { handoutMainMessages } from './mainMessages'
import { parseSectionSnapshot } from './parseSectionSnapshot'
import type { HandoutDocumentData, HandoutSectionSnapshot } from './types'

/**
 * The handout's sections as the renderers draw them. A section whose stored
 * body does not fit its kind (an image that is not one of our media files, a
 * body written by hand through the API) is left out rather than failing the
 * page: the patient still gets the rest, and nothing unchecked is drawn.
 */
export function handoutSectionSnapshots(handout: Handout): HandoutSectionSnapshot[] {
  return handout.sections.flatMap((section) => {
    const snapshot = parseSectionSnapshot({
      topicId: relationId(section.topic),
      topicTitle: section.topicTitle,
      sectionId: section.sectionId,
      heading: section.heading,
      blockType: section.blockType ?? null,
      body: section.body,
      locale: section.locale || null,
    })
    // Ids only: headings and bodies may hold anything a request sent.
    if (!snapshot) console.warn(`Handout ${handout.id}: left out a section snapshot that does not fit its kind.`)
    return snapshot ? [snapshot] : []
  })
}

/**
 * Gathers what the PDF and the patient page print, after the caller has
 * authorised access to the handout. Reads only public clinic details and
 * the clinician's display name beyond the handout itself.
 */
export async function toHandoutDocumentData({
  payload,
  handout,
  shareUrl,
}: {
  payload: Payload
  handout: Handout
  shareUrl?: string | null
}): Promise<HandoutDocumentData> {
  const clinicianId = relationId(handout.clinician)
  const [clinic, clinician] = await Promise.all([
    loadClinic(payload),
    payload.findByID({ collection: 'users', id: clinicianId, depth: 0, overrideAccess: true, disableErrors: true, select: { name: true } }),
  ])
  return {
    clinic: {
      name: clinic.name,
      phone: clinic.phone,
      address: clinic.address,
      accentColor: clinic.accentColor,
      logo: clinic.logo ? { id: clinic.logo.id, updatedAt: clinic.logo.updatedAt, filename: clinic.logo.filename } : null,
    },
    title: handout.title,
    patientName: handout.patientName,
    clinicianName: clinician?.name ?? patientMessages(localeOf(handout.language)).yourCareTeam,
    createdAt: handout.createdAt,
    instructions: handout.instructions ?? null,
    sections: handoutSectionSnapshots(handout),
    mainMessages: handoutMainMessages(handout),
    shareUrl: shareUrl ?? null,
    preferredName: handout.preferredName ?? null,
    language: handout.language ?? 'en',
    followUpDate: handout.followUpDate ?? null,
    contactLine: handout.contactLine ?? null,
    largePrint: handout.largePrint ?? false,
    pageSize: resolvePageSize(handout.pageSize, clinic.defaultPageSize),
    reviewedAt: earliestReviewDate(handout),
  }
}

/**
 * The footer's "Reviewed" date: with several topics, the oldest review, so
 * the date never claims more recent review than every part of the handout had.
 */
export function earliestReviewDate(handout: Pick<Handout, 'topicVersions'>): string | null {
  const dates = (handout.topicVersions ?? [])
    .map((entry) => entry.reviewedAt)
    .filter((value): value is string => typeof value === 'string' && !Number.isNaN(new Date(value).getTime()))
  if (dates.length === 0) return null
  return dates.reduce((earliest, value) => (new Date(value).getTime() < new Date(earliest).getTime() ? value : earliest))
}
