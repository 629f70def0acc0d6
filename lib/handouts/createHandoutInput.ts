import { z } from 'zod'

import { type Locale, LOCALE_CODES } from '@/lib/i18n/locales'

import type { HandoutLanguage, PageSizeOption } from './handoutOptions'

/** One chosen section, by its topic and its block id. */
export interface SectionRef {
  topicId: number
  sectionId: string
}

const sectionRef = z.object({
  topicId: z.coerce.number().int().positive(),
  sectionId: z.string().min(1).max(100),
})

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, { message })
    .optional()
    .transform((value) => (value ? value : undefined))

/**
 * The patient's id in the clinic's record system, as the EHR writes it (an MRN): letters, digits and the separators
 * ids use, no spaces, so a name typed into the wrong box is refused rather than sent to the EHR as an id.
 */
export const EHR_PATIENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/-]*$/

const ehrPatientId = z
  .string()
  .trim()
  .max(64, { message: 'The EHR patient id is too long (64 characters at most).' })
  .regex(EHR_PATIENT_ID_PATTERN, { message: 'Enter the EHR patient id as the record system shows it: letters, digits and . _ - / : only, no spaces.' })
  .optional()
  .or(z.literal(''))
  .transform((value) => (value ? value : undefined))

/** What a clinician submits to make a handout; every message is written for the clinician. */
export const createHandoutInput = z.object({
  sections: z.array(sectionRef).min(1, { message: 'Tick at least one section to include.' }).max(100, { message: 'A handout can hold 100 sections at most.' }),
  patientName: z.string().trim().min(1, { message: "Enter the patient's name." }).max(200, { message: 'The name is too long (200 characters at most).' }),
  preferredName: optionalText(200, 'The preferred name is too long (200 characters at most).'),
  patientIdentifier: optionalText(64, 'The identifier is too long (64 characters at most).'),
  ehrPatientId,
  language: z.enum(LOCALE_CODES as [Locale, ...Locale[]], { message: 'Choose a language.' }).default('en'),
  instructions: optionalText(5000, 'Instructions are too long (5,000 characters at most).'),
  followUpDate: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .refine((value) => value === undefined || isCalendarDate(value), { message: 'Enter the follow-up date as a real date.', abort: true })
    .refine((value) => value === undefined || value >= earliestTodayAnywhere(), {
      message: 'The follow-up date is in the past. Choose today or a later date.',
    }),
  contactLine: optionalText(300, 'The contact line is too long (300 characters at most).'),
  largePrint: z.boolean().default(false),
  pageSize: z
    .enum(['LETTER', 'A4', ''], { message: 'Choose Letter or A4.' })
    .optional()
    .transform((value) => (value ? value : undefined)),
  warningSignsOmittedReason: optionalText(500, 'Keep the reason short (500 characters at most).'),
  untranslatedSections: z
    .enum(['leave-out', 'english', ''], { message: 'Choose whether to leave out the untranslated sections or give them in English.' })
    .optional()
    .transform((value) => (value ? value : undefined)),
})

/**
 * What to do with a chosen section that has no approved translation in the
 * handout's language: leave it out, or give it in English under a note in the
 * patient's language. Never decided silently: a handout that needs the choice
 * is refused until the clinician makes it.
 */
export type UntranslatedSectionsChoice = 'leave-out' | 'english'

export const UNTRANSLATED_CHOICE_REQUIRED =
  'Some chosen sections have no approved translation in this language. Choose whether to leave them out or give them in English under a note.'

export const WARNING_SIGNS_REASON_REQUIRED =
  'This handout leaves out “When to get help now”. Tick it again, or give a short reason for leaving it out for this patient.'

/**
 * The earliest date that is "today" somewhere (UTC−12), as `YYYY-MM-DD`. The
 * server does not know the clinician's time zone, so a follow-up date before
 * this is in the past for everyone; the date picker's `min` uses the
 * clinician's own today.
 */
export function earliestTodayAnywhere(now: Date = new Date()): string {
  return new Date(now.getTime() - 12 * 60 * 60 * 1000).toISOString().slice(0, 10)
}

/** `YYYY-MM-DD` naming a day that exists (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/**
 * The validated input. `sections` is in the clinician's order. The older
 * single-topic form (`topicId` + `sectionIds`) is still accepted by
 * `createHandout` and keeps the topic's own order.
 */
export interface CreateHandoutInput {
  sections?: SectionRef[]
  topicId?: number
  sectionIds?: string[]
  patientName: string
  preferredName?: string
  /** The clinic's second identifier for lists (date of birth, record number); never shown to the patient. */
  patientIdentifier?: string
  /** The patient's id in the EHR, for the education record (PHI like the name; never shown to the patient). */
  ehrPatientId?: string
  language?: HandoutLanguage
  instructions?: string
  /** `YYYY-MM-DD`. */
  followUpDate?: string
  contactLine?: string
  largePrint?: boolean
  pageSize?: PageSizeOption
  /** Why the clinician left out every warning-sign section (see leavesOutWarningSigns); required by `requireWarningSignsOrReason`. */
  warningSignsOmittedReason?: string
  /** For a handout not in English: what to do with sections that have no approved translation. */
  untranslatedSections?: UntranslatedSectionsChoice
  /** Set by `refreshHandout`: the handout this one replaces with newer content. */
  revisionOf?: number
}
