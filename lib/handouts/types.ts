import type { HandoutSectionSnapshot } from '@/blocks'

import type { TopicMainMessage } from './mainMessages'

// Each kind's snapshot type lives in its folder (blocks/<Name>/kind.ts); the union is derived from the registry.
export type { ExerciseSectionSnapshot } from '@/blocks/Exercise/kind'
export type { HandoutSectionSnapshot } from '@/blocks'
export type { MediaSectionSnapshot } from '@/blocks/MediaBlock/kind'
export type { TextSectionSnapshot } from '@/blocks/TextSection/kind'
export type { TipsSectionSnapshot } from '@/blocks/Tips/kind'
export type { WarningSignsSectionSnapshot } from '@/blocks/WarningSigns/kind'

export type HandoutSectionType = NonNullable<HandoutSectionSnapshot['blockType']>

/** The clinic logo file (PNG or JPEG in the media folder); the PDF worker reads it once per id and updatedAt. */
export interface ClinicLogoFile {
  id: number
  updatedAt: string
  filename: string
}

/** Everything the PDF needs, already resolved: no database access while rendering. */
export interface HandoutDocumentData {
  /** `accentColor`: validated #rrggbb from the clinic global; the default teal when absent. */
  clinic: { name: string; phone?: string | null; address?: string | null; accentColor?: string | null; logo?: ClinicLogoFile | null }
  /** Handout title, e.g. the topic title or "Your care information". */
  title: string
  patientName: string
  clinicianName: string
  /** ISO timestamp of handout creation. */
  createdAt: string
  /** Plain text; blank lines separate paragraphs. */
  instructions?: string | null
  sections: HandoutSectionSnapshot[]
  /** Each topic's main message and summary, printed first; none on handouts made before topics had one. */
  mainMessages?: TopicMainMessage[]
  /** Absolute URL of the patient's share page, when one exists. */
  shareUrl?: string | null
  /** What the patient likes to be called; used to greet them. */
  preferredName?: string | null
  /** BCP 47 language of the handout (`en` for now). */
  language?: string | null
  /** ISO timestamp (stored at 12:00 UTC) of the follow-up appointment. */
  followUpDate?: string | null
  /** Who to call; the PDF falls back to the clinic phone. */
  contactLine?: string | null
  /** ≥ 16 pt body text. */
  largePrint?: boolean
  /** The handout's paper size, already resolved against the clinic default. */
  pageSize?: 'LETTER' | 'A4'
  /** Most recent review date of the topics used, when the content model records one. */
  reviewedAt?: string | null
  /** Short source citations for the footer, when the content model provides them. */
  sources?: string[]
  /** What the patient will be asked on opening the link; the code is printed only on the clinician's copy made at sharing time. */
  shareAccess?: { accessCode?: string | null; asksBirthYear?: boolean } | null
}
