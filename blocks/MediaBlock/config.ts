import type { Block } from 'payload'

/**
 * A picture that teaches, with a caption saying what to take from it (PEMAT-P
 * items 15 and 26: visual aids that make content easier to understand, with
 * clear titles or captions). Alt text is required on the media item itself,
 * so every use of the image has it.
 */
export const MediaBlock: Block = {
  slug: 'media',
  interfaceName: 'MediaBlock',
  admin: {
    disableBlockName: true,
    components: { Label: { path: '/components/admin/SectionRowLabel#SectionRowLabel', clientProps: { kind: 'Image' } } },
    images: { thumbnail: { url: '/section-kinds/media.svg', alt: 'Image' }, icon: '/section-kinds/media.svg' },
  },
  labels: { singular: 'Image', plural: 'Images' },
  fields: [
    { name: 'image', type: 'upload', relationTo: 'media', required: true },
    {
      name: 'caption',
      type: 'text',
      localized: true,
      required: true,
      maxLength: 300,
      admin: { description: 'What the patient should take from the picture, in one sentence: "Lie on your back with a pillow under your knees."' },
    },
  ],
}
