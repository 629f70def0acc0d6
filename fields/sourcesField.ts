import type { ArrayField } from 'payload'

/** Only web addresses a reader can open; anything else is refused with a message. */
export function validateSourceUrl(value: string | null | undefined): true | string {
  if (!value) return true
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? true : 'Use a web address starting with https://'
  } catch {
    return 'Use a full web address, for example https://www.nhs.uk/conditions/back-pain/'
  }
}

/** The evidence a topic rests on: citation, link and the date it was checked. */
export function sourcesField(overrides: Partial<ArrayField> = {}): ArrayField {
  return {
    name: 'sources',
    type: 'array',
    labels: { singular: 'Source', plural: 'Sources' },
    admin: { description: 'Where the advice comes from. A topic without sources is flagged for the reviewer.' },
    fields: [
      { name: 'citation', type: 'text', required: true, admin: { description: 'Author or organisation, title, year.' } },
      {
        type: 'row',
        fields: [
          { name: 'url', label: 'URL', type: 'text', validate: validateSourceUrl, admin: { width: '60%' } },
          { name: 'accessedAt', label: 'Accessed', type: 'date', admin: { width: '40%', date: { pickerAppearance: 'dayOnly' } } },
        ],
      },
    ],
    ...overrides,
  } as ArrayField
}
