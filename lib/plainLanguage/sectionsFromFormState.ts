import type { FormState } from 'payload'
import { reduceFieldsToValues } from 'payload/shared'

import { isSectionType, type TopicSection } from '@/blocks'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The topic's sections as they stand in the admin form, unsaved edits
 * included: Payload keeps form fields flat ("sections.0.body"), so they are
 * folded back into rows. Rows of an unknown kind are left out; the rest are
 * as complete as the editor has made them, which analyzeSectionWriting allows for.
 */
export function sectionsFromFormState(fields: FormState, path = 'sections'): TopicSection[] {
  const values = reduceFieldsToValues(fields, true)
  const rows: unknown = path.split('.').reduce<unknown>((value, key) => (isRecord(value) ? value[key] : undefined), values)
  if (!Array.isArray(rows)) return []
  return rows.filter((row): row is TopicSection => isRecord(row) && isSectionType(row.blockType))
}
