import type { Block, Field, Plugin } from 'payload'

import { ADMIN_DATE_DISPLAY_FORMAT, ADMIN_DATE_TIME_DISPLAY_FORMAT } from '@/lib/admin/adminDates'

/** Shows a checkbox as "Yes" or "No" in list columns instead of Payload's raw `true` / `false`. */
export const YES_NO_CELL = '/components/admin/YesNoCell#YesNoCell'

/**
 * Payload's pickers show a day-only date as "Jun 30" (no year) and a default one as "06/30/2026" (month or day
 * first?): every date gets a format with the month as a word and the year, unless its field sets its own.
 */
function dateDisplayFormat(pickerAppearance: string | undefined): string | null {
  switch (pickerAppearance) {
    case undefined:
    case 'default':
    case 'dayOnly':
      return ADMIN_DATE_DISPLAY_FORMAT
    case 'dayAndTime':
      return ADMIN_DATE_TIME_DISPLAY_FORMAT
    case 'monthOnly':
      return 'MMMM yyyy'
    default:
      return null
  }
}

function readableField(field: Field): Field {
  if (field.type === 'date') {
    const displayFormat = field.admin?.date?.displayFormat ?? dateDisplayFormat(field.admin?.date?.pickerAppearance)
    return displayFormat ? { ...field, admin: { ...field.admin, date: { ...field.admin?.date, displayFormat } } } : field
  }
  if (field.type === 'checkbox') {
    return field.admin?.components?.Cell ? field : { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Cell: YES_NO_CELL } } }
  }
  if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: readableFields(tab.fields) })) }
  if (field.type === 'blocks') return { ...field, blocks: field.blocks.map((block: Block) => ({ ...block, fields: readableFields(block.fields) })) }
  if ('fields' in field) return { ...field, fields: readableFields(field.fields) }
  return field
}

function readableFields(fields: Field[]): Field[] {
  return fields.map(readableField)
}

/**
 * Every date in the admin shows its year and every checkbox column reads "Yes" / "No", in every collection and
 * global, so a new field is covered without anyone remembering to. Admin display only: no column changes.
 */
export const readableAdminValues: Plugin = (config) => ({
  ...config,
  // For the dates Payload adds itself after plugins run (createdAt, updatedAt, auth fields): list cells and the
  // document's sidebar format those with the root format.
  admin: { ...config.admin, dateFormat: config.admin?.dateFormat ?? ADMIN_DATE_TIME_DISPLAY_FORMAT },
  collections: (config.collections ?? []).map((collection) => ({ ...collection, fields: readableFields(collection.fields) })),
  globals: (config.globals ?? []).map((global) => ({ ...global, fields: readableFields(global.fields) })),
})
