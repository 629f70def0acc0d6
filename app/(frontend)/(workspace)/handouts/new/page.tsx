import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { hasRole } from '@/access/roles'
import { requirePortalUser } from '@/lib/auth/getPortalUser'
import { findHandoutToDuplicate } from '@/lib/handouts/findHandoutToDuplicate'
import { isLocale, type Locale, localeInfo } from '@/lib/i18n/locales'
import { findKit, kitSections } from '@/lib/kits/listKits'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'

import type { BuilderValues } from './builderTypes'
import { HandoutBuilder } from './HandoutBuilder'
import { EMPTY_BUILDER_VALUES, loadBuilderProps } from './loadBuilderProps'

export const metadata: Metadata = { title: 'Make a handout' }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

function all(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}

function positiveId(value: string | string[] | undefined): number | null {
  const id = Number(all(value)[0])
  return Number.isSafeInteger(id) && id > 0 ? id : null
}

/**
 * The builder, started from topics (`?topic=<slug>`, repeatable), a kit
 * (`?kit=<id>`), a copy of an earlier handout for another patient (`?from=<id>`),
 * or for the same patient in another language (`?from=<id>&language=es`);
 * `?language=es` alone picks the handout's language (links from the EHR).
 */
export default async function NewHandoutPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams
  const query = new URLSearchParams(Object.entries(params).flatMap(([key, value]) => all(value).map((v) => [key, v] as [string, string])))
  const user = await requirePortalUser(`/handouts/new${query.size ? `?${query}` : ''}`)
  if (!hasRole(user, 'clinician', 'admin')) {
    return <p className="alert alert--error">Only clinicians can make patient handouts.</p>
  }
  const payload = await getPayloadClient()

  let notice: string | null = null
  let duplicate: { fromId: number; keptInstructions: boolean; canKeepInstructions: boolean } | null = null
  let chosen: Array<{ topicId: number; sectionId: string }> = []
  let values: BuilderValues = EMPTY_BUILDER_VALUES

  const fromId = positiveId(params.from)
  const kitId = positiveId(params.kit)
  const inLanguage = isLocale(all(params.language)[0]) ? (all(params.language)[0] as Locale) : undefined
  if (fromId && inLanguage) {
    const source = await findHandoutToDuplicate({ payload, user, handoutId: fromId, inLanguage })
    if (!source?.patient) notFound()
    chosen = source.sections
    values = {
      ...EMPTY_BUILDER_VALUES,
      patientName: source.patient.patientName,
      preferredName: source.patient.preferredName ?? '',
      patientIdentifier: source.patient.patientIdentifier ?? '',
      ehrPatientId: source.patient.ehrPatientId ?? '',
      language: inLanguage,
      instructions: source.patient.instructions ?? '',
      followUpDate: source.patient.followUpDate ?? '',
      contactLine: source.patient.contactLine ?? '',
      largePrint: source.personalisation.largePrint ?? false,
      pageSize: source.personalisation.pageSize ?? '',
    }
    notice = `Copied from “${source.title}” for the same patient, in ${localeInfo(inLanguage).label}: the same sections, details and print choices.${
      source.hadInstructions
        ? ` The instructions are copied as they were written: put them in ${localeInfo(inLanguage).label} before you create the handout.`
        : ''
    }`
  } else if (fromId) {
    const keepInstructions = params.keepInstructions === '1'
    const source = await findHandoutToDuplicate({ payload, user, handoutId: fromId, keepInstructions })
    if (!source) notFound()
    chosen = source.sections
    values = {
      ...EMPTY_BUILDER_VALUES,
      language: source.personalisation.language ?? 'en',
      instructions: source.instructions ?? '',
      largePrint: source.personalisation.largePrint ?? false,
      pageSize: source.personalisation.pageSize ?? '',
    }
    duplicate = { fromId, keptInstructions: source.instructions !== undefined, canKeepInstructions: source.hadInstructions }
    notice = `Copied from “${source.title}” for another patient: the same sections and print choices. The earlier patient’s name, instructions, follow-up date and contact line were not copied.`
  } else if (kitId) {
    const kit = await findKit({ payload, user, kitId })
    if (!kit) notFound()
    chosen = kitSections(kit)
    notice = `Started from the kit “${kit.name}”.`
  }
  // `?topic=…&language=es` without `from` (an EHR's Infobutton link or CDS Hooks card): the language picked, nothing copied.
  if (!fromId && inLanguage) values = { ...values, language: inLanguage }

  const props = await loadBuilderProps({ payload, user, slugs: all(params.topic).slice(0, 20), chosen, values })
  return (
    <>
      <h1>Make a handout</h1>
      {notice ? (
        <div className="alert alert--success" role="status">
          <p>{notice}</p>
          {duplicate?.keptInstructions ? (
            <p>
              <strong>The earlier instructions are in the box below: check that every word fits this patient.</strong>{' '}
              <Link href={`/handouts/new?from=${duplicate.fromId}`}>Start without them</Link>
            </p>
          ) : duplicate?.canKeepInstructions ? (
            <p>
              <Link href={`/handouts/new?from=${duplicate.fromId}&keepInstructions=1`}>Keep the instructions from the earlier handout</Link>
            </p>
          ) : null}
        </div>
      ) : null}
      {props.missingSections > 0 ? (
        <p className="alert alert--error">
          {props.missingSections === 1 ? 'One section' : `${props.missingSections} sections`} no longer exist in the published topics and{' '}
          {props.missingSections === 1 ? 'was' : 'were'} left out.
        </p>
      ) : null}
      {props.initialTopics.length === 0 && !fromId && !kitId ? (
        <p className="muted">
          Add a topic below, or start from the <Link href="/library">library</Link> or one of your <Link href="/kits">kits</Link>.
        </p>
      ) : null}
      {/* Keyed by the query: a link to other starting points (keep the instructions, another kit) starts the builder afresh. */}
      <HandoutBuilder key={query.toString()} {...props} />
    </>
  )
}
