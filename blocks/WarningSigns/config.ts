import type { Block } from 'payload'

import { DEFAULT_WATCH_DAYS, WARNING_TIER_OPTIONS } from '@/lib/warningSigns/warningTiers'

export const WARNING_SIGNS_DEFAULT_HEADING = 'When to get help now'

/**
 * Warning signs in urgency tiers: call 911 now, call the doctor today, watch
 * and call if not better. Shown first on the patient page and boxed in the
 * PDF, so nobody misses them. A sign without a tier (only ever left by the
 * migration from the single list) blocks publishing until a reviewer sets one.
 */
export const WarningSignsBlock: Block = {
  slug: 'warningSigns',
  interfaceName: 'WarningSignsBlock',
  admin: {
    disableBlockName: true,
    components: { Label: { path: '/components/admin/SectionRowLabel#SectionRowLabel', clientProps: { kind: 'When to get help now' } } },
    images: { thumbnail: { url: '/section-kinds/warning-signs.svg', alt: 'When to get help now' }, icon: '/section-kinds/warning-signs.svg' },
  },
  labels: { singular: 'When to get help now', plural: 'When to get help now' },
  fields: [
    { name: 'heading', type: 'text', required: true, localized: true, defaultValue: WARNING_SIGNS_DEFAULT_HEADING },
    {
      name: 'intro',
      type: 'textarea',
      localized: true,
      admin: {
        description:
          'Optional, for example "Get help if you have upper back pain and:". Each tier below has its own heading, so do not name a phone number here.',
      },
    },
    {
      name: 'signs',
      type: 'array',
      required: true,
      minRows: 1,
      labels: { singular: 'Sign', plural: 'Signs' },
      fields: [
        {
          name: 'text',
          type: 'text',
          required: true,
          localized: true,
          admin: { description: 'What the patient notices, in their words: "Chest pain, or pain that spreads to your arm".' },
        },
        {
          name: 'tier',
          label: 'What to do',
          type: 'select',
          // Not required in the database: signs migrated from the old single list may have no tier
          // yet; the publish workflow refuses a topic with an untiered sign.
          options: [...WARNING_TIER_OPTIONS],
          admin: { description: 'How urgent this sign is. The patient sees 911 signs first.' },
        },
        {
          name: 'reason',
          type: 'text',
          localized: true,
          maxLength: 200,
          admin: { description: 'Optional: why it matters, in one short phrase ("this can be a sign of a heart problem").' },
        },
      ],
    },
    {
      name: 'watchDays',
      label: 'Watch closely: call if not better in (days)',
      type: 'number',
      min: 1,
      max: 60,
      defaultValue: DEFAULT_WATCH_DAYS,
      admin: { description: 'For the "Watch closely" signs.' },
    },
  ],
}
