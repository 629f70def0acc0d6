import type { Block } from 'payload'

export const WARNING_SIGNS_DEFAULT_HEADING = 'When to get help now'

/** Red-flag symptoms. Shown first on the patient page and boxed in the PDF, so nobody misses them. */
export const WarningSignsBlock: Block = {
  slug: 'warningSigns',
  interfaceName: 'WarningSignsBlock',
  labels: { singular: 'When to get help now', plural: 'When to get help now' },
  fields: [
    { name: 'heading', type: 'text', required: true, defaultValue: WARNING_SIGNS_DEFAULT_HEADING },
    { name: 'intro', type: 'textarea', admin: { description: 'For example "Call 911 or go to the emergency department if you have:"' } },
    {
      name: 'signs',
      type: 'array',
      required: true,
      minRows: 1,
      labels: { singular: 'Sign', plural: 'Signs' },
      fields: [{ name: 'text', type: 'text', required: true }],
    },
  ],
}
