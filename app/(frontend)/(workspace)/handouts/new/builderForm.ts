import type { z } from 'zod'

import { createHandoutInput } from '@/lib/handouts/createHandoutInput'

/** The builder's fields, in the order the form shows them: the error summary lists errors in this order. */
export const BUILDER_FIELDS = [
  'sections',
  'patientName',
  'preferredName',
  'patientIdentifier',
  'ehrPatientId',
  'language',
  'untranslatedSections',
  'instructions',
  'followUpDate',
  'contactLine',
  'pageSize',
  'warningSignsOmittedReason',
] as const

export type BuilderField = (typeof BUILDER_FIELDS)[number]
export type BuilderFieldErrors = Partial<Record<BuilderField, string>>

/** The id of a section's checkbox in the builder's list. */
export const sectionDomId = (item: { topicId: number; sectionId: string }) => `section-${item.topicId}-${item.sectionId}`

/**
 * The error summary's entries, in form order, each linked to the control it is
 * about. A group's error links to its first control (GOV.UK): the first
 * section's checkbox, or the topic list when there is none. The reason for
 * leaving out the warning signs is listed only while its panel shows.
 */
export function summaryErrorsFor(
  fieldErrors: BuilderFieldErrors,
  { firstSection, showsOmissionReason }: { firstSection?: { topicId: number; sectionId: string }; showsOmissionReason: boolean },
): Array<{ target: string; message: string }> {
  return BUILDER_FIELDS.flatMap((field) => {
    const message = fieldErrors[field]
    if (!message || (field === 'warningSignsOmittedReason' && !showsOmissionReason)) return []
    const target =
      field === 'sections'
        ? firstSection
          ? sectionDomId(firstSection)
          : 'addTopic'
        : field === 'untranslatedSections'
          ? 'untranslatedSections-leave-out'
          : field
    return [{ target, message }]
  })
}

const isBuilderField = (name: string): name is BuilderField => (BUILDER_FIELDS as readonly string[]).includes(name)

function parseSectionsField(value: FormDataEntryValue | null): unknown {
  if (typeof value !== 'string' || value === '') return []
  try {
    return JSON.parse(value) as unknown
  } catch {
    return null
  }
}

/**
 * Reads and checks the builder's form with the server's own schema. The
 * browser runs it before sending (so the error summary shows at once, with
 * the server's words) and the server action runs it again on what arrives.
 */
export function parseBuilderForm(
  formData: FormData,
): { ok: true; input: z.output<typeof createHandoutInput> } | { ok: false; fieldErrors: BuilderFieldErrors } {
  const text = (name: string) => String(formData.get(name) ?? '')
  const parsed = createHandoutInput.safeParse({
    sections: parseSectionsField(formData.get('sections')),
    patientName: text('patientName'),
    preferredName: text('preferredName'),
    patientIdentifier: text('patientIdentifier'),
    ehrPatientId: text('ehrPatientId'),
    language: text('language') || 'en',
    instructions: text('instructions'),
    followUpDate: text('followUpDate'),
    contactLine: text('contactLine'),
    largePrint: formData.get('largePrint') === 'on',
    pageSize: text('pageSize'),
    warningSignsOmittedReason: text('warningSignsOmittedReason'),
    untranslatedSections: text('untranslatedSections'),
  })
  if (parsed.success) return { ok: true, input: parsed.data }
  const fieldErrors: BuilderFieldErrors = {}
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '')
    if (isBuilderField(field) && !fieldErrors[field]) fieldErrors[field] = field === 'sections' ? 'Tick at least one section to include.' : issue.message
  }
  return { ok: false, fieldErrors }
}
