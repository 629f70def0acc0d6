import type { TextField } from 'payload'

/** Alt text describes the image for screen readers and when it cannot be shown (WCAG 2.2 SC 1.1.1). */
export function altTextField(overrides: Partial<TextField> = {}): TextField {
  return {
    name: 'alt',
    label: 'Alt text',
    type: 'text',
    required: true,
    maxLength: 300,
    admin: { description: 'What the image shows, for people who cannot see it. Required.' },
    validate: (value: string | null | undefined) =>
      typeof value === 'string' && value.trim().length >= 3 ? true : 'Describe the image in a few words (alt text is required).',
    ...overrides,
  } as TextField
}
