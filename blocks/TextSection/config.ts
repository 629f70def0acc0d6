import type { Block } from 'payload'

/** A self-contained section of a topic: it must read well on its own in a handout. */
export const TextSection: Block = {
  slug: 'text',
  interfaceName: 'TextSectionBlock',
  admin: {
    disableBlockName: true,
    components: { Label: { path: '/components/admin/SectionRowLabel#SectionRowLabel', clientProps: { kind: 'Text section' } } },
    images: { thumbnail: { url: '/section-kinds/text.svg', alt: 'Text section' }, icon: '/section-kinds/text.svg' },
  },
  labels: { singular: 'Text section', plural: 'Text sections' },
  fields: [
    { name: 'heading', type: 'text', required: true, localized: true },
    { name: 'body', type: 'richText', required: true, localized: true },
  ],
}
