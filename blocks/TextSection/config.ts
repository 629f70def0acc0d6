import type { Block } from 'payload'

/** A self-contained section of a topic: it must read well on its own in a handout. */
export const TextSection: Block = {
  slug: 'text',
  interfaceName: 'TextSectionBlock',
  labels: { singular: 'Text section', plural: 'Text sections' },
  fields: [
    { name: 'heading', type: 'text', required: true },
    { name: 'body', type: 'richText', required: true },
  ],
}
