import crypto from 'node:crypto'

import { type Locale, localeInfo, SOURCE_LOCALE } from '@/lib/i18n/locales'

import type { ConditionCode } from './cdsHooksRequest'

/** CDS Hooks 2.0 allows at most this many characters in a card's summary. */
const SUMMARY_MAX_LENGTH = 140
/** As many cards as MedlinePlus Connect gives entries: a clinician glances, a longer list is noise in the chart. */
export const MAX_CDS_HOOKS_CARDS = 3

const CODE_SYSTEM_LABELS: Record<ConditionCode['system'], string> = { icd10cm: 'ICD-10-CM', snomedct: 'SNOMED CT' }

/** A matched topic, as a card shows it. */
export interface CardTopic {
  slug: string
  title: string
  summary: string | null
  requested: ConditionCode
  matched: ConditionCode
  /** Its approved translation in the patient's language is current (always true for English). */
  inPatientLanguage: boolean
}

export interface CdsHooksLink {
  label: string
  url: string
  type: 'absolute'
}

/** A card (CDS Hooks 2.0 §Card attributes): information only, with links, never suggestions. */
export interface CdsHooksCard {
  uuid: string
  summary: string
  detail: string
  indicator: 'info'
  source: { label: string; url: string }
  links: CdsHooksLink[]
}

/** Card details are GitHub-flavoured markdown: a topic title must not turn into a link or emphasis. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, '\\$&')
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`
}

/** The builder with these topics picked (and the language, unless English): `/handouts/new?topic=…&topic=…&language=es`. */
export function builderUrl({ baseUrl, slugs, language }: { baseUrl: string; slugs: string[]; language: Locale }): string {
  const url = new URL('/handouts/new', baseUrl)
  for (const slug of slugs) url.searchParams.append('topic', slug)
  if (language !== SOURCE_LOCALE) url.searchParams.set('language', language)
  return url.toString()
}

function codeLine({ requested, matched }: CardTopic): string {
  const system = CODE_SYSTEM_LABELS[requested.system]
  return requested.code === matched.code
    ? `For ${system} ${requested.code} on the problem list.`
    : `For ${system} ${requested.code} on the problem list (this topic is coded ${matched.code}).`
}

function languageLine(topic: CardTopic, language: Locale): string | null {
  if (language === SOURCE_LOCALE) return null
  const label = localeInfo(language).label
  return topic.inPatientLanguage
    ? `The patient prefers ${label}: an approved ${label} translation is ready.`
    : `The patient prefers ${label}: this topic has no approved ${label} translation yet, so the builder asks whether to give it in English or leave it out.`
}

/**
 * The cards for the matched topics, one each, best first, at most three:
 * "Patient education available: <title>", an info indicator, the clinic as
 * the source, and `absolute` links that open the builder with the topic
 * picked and, when several topics match, one more on every card with all
 * of them picked, in the patient's language.
 */
export function cdsHooksCards({
  topics,
  language,
  clinicName,
  baseUrl,
}: {
  topics: CardTopic[]
  language: Locale
  clinicName: string
  baseUrl: string
}): CdsHooksCard[] {
  const shown = topics.slice(0, MAX_CDS_HOOKS_CARDS)
  const inLanguage = language === SOURCE_LOCALE ? '' : ` (${localeInfo(language).label})`
  const allTopicsLink: CdsHooksLink | null =
    shown.length > 1
      ? {
          label: `Make one handout with all ${shown.length} topics${inLanguage}`,
          url: builderUrl({ baseUrl, slugs: shown.map((topic) => topic.slug), language }),
          type: 'absolute',
        }
      : null
  return shown.map((topic) => ({
    uuid: crypto.randomUUID(),
    summary: shorten(`Patient education available: ${topic.title}`, SUMMARY_MAX_LENGTH),
    detail: [`**${escapeMarkdown(topic.title)}**${topic.summary ? `: ${escapeMarkdown(topic.summary)}` : ''}`, codeLine(topic), languageLine(topic, language)]
      .filter((line): line is string => line !== null)
      .join('\n\n'),
    indicator: 'info',
    source: { label: clinicName, url: new URL('/library', baseUrl).toString() },
    links: [
      { label: `Make a handout: ${topic.title}${inLanguage}`, url: builderUrl({ baseUrl, slugs: [topic.slug], language }), type: 'absolute' },
      ...(allTopicsLink ? [allTopicsLink] : []),
    ],
  }))
}
