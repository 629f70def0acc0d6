import type { Block } from 'payload'

/** One exercise: what it is called, how to do it step by step, how often. */
export const ExerciseBlock: Block = {
  slug: 'exercise',
  interfaceName: 'ExerciseBlock',
  admin: {
    disableBlockName: true,
    components: { Label: { path: '/components/admin/SectionRowLabel#SectionRowLabel', clientProps: { kind: 'Exercise' } } },
    images: { thumbnail: { url: '/section-kinds/exercise.svg', alt: 'Exercise' }, icon: '/section-kinds/exercise.svg' },
  },
  labels: { singular: 'Exercise', plural: 'Exercises' },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true },
    { name: 'image', type: 'upload', relationTo: 'media', admin: { description: 'Optional picture of the position. Its alt text comes from the media item.' } },
    {
      name: 'steps',
      type: 'array',
      required: true,
      minRows: 1,
      labels: { singular: 'Step', plural: 'Steps' },
      fields: [{ name: 'text', type: 'text', required: true, localized: true }],
    },
    { name: 'repetitions', type: 'text', localized: true, admin: { description: 'For example "10 times, twice a day".' } },
  ],
}
