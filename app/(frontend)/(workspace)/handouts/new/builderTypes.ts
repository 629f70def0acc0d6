import type { PageSizeOption } from '@/lib/handouts/handoutOptions'
import type { BuilderTopic } from '@/lib/handouts/loadBuilderTopics'

/** One section in the builder's list: ticked or not, in the clinician's order. */
export interface BuilderItem {
  topicId: number
  sectionId: string
  included: boolean
}

/** The personalisation fields, as the builder's form holds them. */
export interface BuilderValues {
  patientName: string
  preferredName: string
  /** The clinic's second identifier (date of birth or record number); '' when none. */
  patientIdentifier: string
  /** The patient's id in the EHR, for the education record; '' when none. */
  ehrPatientId: string
  language: string
  instructions: string
  followUpDate: string
  contactLine: string
  largePrint: boolean
  /** '' = the clinic's default. */
  pageSize: '' | PageSizeOption
}

export interface HandoutBuilderProps {
  initialTopics: BuilderTopic[]
  initialItems: BuilderItem[]
  initialValues: BuilderValues
  clinic: { name: string; phone: string | null; defaultPageSize: PageSizeOption; patientIdentifierLabel: string | null }
  clinicianName: string
}
