import type { CollectionConfig, Config, Field, GlobalConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { readableAdminValues, YES_NO_CELL } from './readableAdminValues'

const collection: CollectionConfig = {
  slug: 'things',
  fields: [
    { name: 'dueAt', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
    { name: 'seenAt', type: 'date' },
    { name: 'when', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'timeOnly' } } },
    { name: 'ownFormat', type: 'date', admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } } },
    { name: 'done', type: 'checkbox' },
    { name: 'ownCell', type: 'checkbox', admin: { components: { Cell: '/x#X' } } },
    { type: 'tabs', tabs: [{ label: 'Tab', fields: [{ name: 'inTab', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } }] }] },
    { name: 'list', type: 'array', fields: [{ name: 'flag', type: 'checkbox' }] },
    { name: 'sections', type: 'blocks', blocks: [{ slug: 'step', fields: [{ name: 'by', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } }] }] },
  ],
}
const global: GlobalConfig = { slug: 'settings', fields: [{ name: 'on', type: 'checkbox' }] }

function byName(fields: Field[], name: string): Field {
  const field = fields.find((candidate) => 'name' in candidate && candidate.name === name)
  if (!field) throw new Error(name)
  return field
}

describe('readableAdminValues', () => {
  const config = readableAdminValues({ collections: [collection], globals: [global] } as Config) as Config
  const fields = config.collections![0]!.fields
  const displayFormat = (field: Field) => (field.type === 'date' ? field.admin?.date?.displayFormat : undefined)
  const cell = (field: Field) => (field.type === 'checkbox' ? field.admin?.components?.Cell : undefined)

  it('gives every date a format with the month as a word and the year, unless the field has its own', () => {
    expect(displayFormat(byName(fields, 'dueAt'))).toBe('MMM d, yyyy')
    expect(displayFormat(byName(fields, 'seenAt'))).toBe('MMM d, yyyy')
    expect(displayFormat(byName(fields, 'when'))).toBe('MMM d, yyyy h:mm a')
    expect(displayFormat(byName(fields, 'at'))).toBeUndefined()
    expect(displayFormat(byName(fields, 'ownFormat'))).toBe('yyyy-MM-dd')
    // The picker appearance itself is kept.
    const dueAt = byName(fields, 'dueAt')
    expect(dueAt.type === 'date' && dueAt.admin?.date?.pickerAppearance).toBe('dayOnly')
  })

  it('shows every checkbox column as Yes / No, unless the field has its own cell', () => {
    expect(cell(byName(fields, 'done'))).toBe(YES_NO_CELL)
    expect(cell(byName(fields, 'ownCell'))).toBe('/x#X')
    expect(cell(byName(config.globals![0]!.fields, 'on'))).toBe(YES_NO_CELL)
  })

  it('reaches fields inside tabs, arrays and blocks, and leaves the original config untouched', () => {
    const tabs = fields.find((field) => field.type === 'tabs')
    expect(tabs?.type === 'tabs' && displayFormat(tabs.tabs[0]!.fields[0]!)).toBe('MMM d, yyyy')
    const list = byName(fields, 'list')
    expect(list.type === 'array' && cell(list.fields[0]!)).toBe(YES_NO_CELL)
    const sections = byName(fields, 'sections')
    expect(sections.type === 'blocks' && displayFormat(sections.blocks[0]!.fields[0]!)).toBe('MMM d, yyyy')
    expect(displayFormat(byName(collection.fields, 'dueAt'))).toBeUndefined()
  })
})
