import type { FieldHook, TextField } from 'payload'

export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
}

/** Fills an empty slug from another field (the title) so editors rarely type one. */
function slugFrom(sourceField: string): FieldHook {
  return ({ value, data }) => {
    if (typeof value === 'string' && value.trim() !== '') return slugify(value)
    const source = data?.[sourceField]
    return typeof source === 'string' ? slugify(source) : value
  }
}

export function slugField(sourceField = 'title', overrides: Partial<TextField> = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    index: true,
    unique: true,
    required: true,
    admin: { position: 'sidebar', description: `Used in links. Filled from the ${sourceField} when left empty.` },
    hooks: { beforeValidate: [slugFrom(sourceField)] },
    ...overrides,
  } as TextField
}
