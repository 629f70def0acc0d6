import type { Block } from 'payload'

/** A short do / don't list: quick to scan, and usable on its own in a handout. */
export const TipsBlock: Block = {
  slug: 'tips',
  interfaceName: 'TipsBlock',
  admin: {
    disableBlockName: true,
    components: { Label: { path: '/components/admin/SectionRowLabel#SectionRowLabel', clientProps: { kind: 'Tips' } } },
    images: { thumbnail: { url: '/section-kinds/tips.svg', alt: 'Tips' }, icon: '/section-kinds/tips.svg' },
  },
  labels: { singular: 'Tips (do / don’t)', plural: 'Tips (do / don’t)' },
  fields: [
    { name: 'heading', type: 'text', required: true, localized: true, defaultValue: 'Tips' },
    {
      name: 'do',
      label: 'Do',
      type: 'array',
      labels: { singular: 'Do', plural: 'Do' },
      fields: [{ name: 'text', type: 'text', required: true, localized: true }],
    },
    {
      name: 'dont',
      label: 'Don’t',
      type: 'array',
      labels: { singular: 'Don’t', plural: 'Don’t' },
      fields: [{ name: 'text', type: 'text', required: true, localized: true }],
    },
  ],
}
