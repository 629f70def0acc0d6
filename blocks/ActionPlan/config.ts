import type { Block } from 'payload'

export const ACTION_PLAN_DEFAULT_HEADING = 'Your plan'

/**
 * A tick-box action plan: what to do when ("Tonight", "Each day", "Call if …").
 * Prints as real check boxes and reads as a list on the patient's phone
 * (PEMAT-P items 22–23: the material breaks an action into steps and gives a
 * tangible tool to follow it).
 */
export const ActionPlanBlock: Block = {
  slug: 'plan',
  interfaceName: 'ActionPlanBlock',
  admin: {
    disableBlockName: true,
    components: { Label: { path: '/components/admin/SectionRowLabel#SectionRowLabel', clientProps: { kind: 'Your plan' } } },
    images: { thumbnail: { url: '/section-kinds/plan.svg', alt: 'Your plan' }, icon: '/section-kinds/plan.svg' },
  },
  labels: { singular: 'Your plan', plural: 'Plans' },
  fields: [
    { name: 'heading', type: 'text', required: true, localized: true, defaultValue: ACTION_PLAN_DEFAULT_HEADING },
    {
      name: 'moments',
      label: 'When',
      type: 'array',
      required: true,
      minRows: 1,
      labels: { singular: 'Moment', plural: 'Moments' },
      fields: [
        { name: 'when', type: 'text', required: true, localized: true, admin: { description: 'For example "Tonight", "Each day", "In 2 weeks".' } },
        {
          name: 'actions',
          type: 'array',
          required: true,
          minRows: 1,
          labels: { singular: 'Action', plural: 'Actions' },
          fields: [
            {
              name: 'text',
              type: 'text',
              required: true,
              localized: true,
              admin: { description: 'One thing to do, starting with a verb: "Put a pillow under your knees".' },
            },
          ],
        },
      ],
    },
  ],
}
