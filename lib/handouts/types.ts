import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

/** Lexical editor state as stored by Payload's rich text fields. */
export type RichTextState = SerializedEditorState

/**
 * One section copied into a handout at creation time. The copy is what the
 * PDF and the patient page render, so a later edit to the topic cannot
 * change what a patient was given.
 */
export interface HandoutSectionSnapshot {
  topicId: number
  topicTitle: string
  /** Stable id of the section (block id) inside its topic. */
  sectionId: string
  heading: string
  body: RichTextState
}

/** Everything the PDF needs, already resolved: no database access while rendering. */
export interface HandoutDocumentData {
  clinic: { name: string; phone?: string | null; address?: string | null }
  /** Handout title, e.g. the topic title or "Your care information". */
  title: string
  patientName: string
  clinicianName: string
  /** ISO timestamp of handout creation. */
  createdAt: string
  /** Plain text; blank lines separate paragraphs. */
  instructions?: string | null
  sections: HandoutSectionSnapshot[]
  /** Absolute URL of the patient's share page, when one exists. */
  shareUrl?: string | null
  /** A QR code of `shareUrl` (see lib/share/shareQrCode), printed beside it. */
  shareQr?: { size: number; path: string } | null
  /** What the patient will be asked on opening the link; the code is printed only on the clinician's copy made at sharing time. */
  shareAccess?: { accessCode?: string | null; asksBirthYear?: boolean } | null
}
