import type { Block, Field } from 'payload'

import type { InlineNode, InlineText, TranslationUnit } from '@/lib/translation/translationUnit'

import { lexical } from './handoutFixtures'

/**
 * A config shaped like Careleaf's Topics collection and its section blocks
 * (collections/Topics/index.ts, blocks/<Kind>/config.ts), with the patient
 * text marked `localized: true` as the localization schema will mark it:
 * title, summary, main message, keywords, and every block's heading, body,
 * text, name, repetitions, intro, reason, when and caption.
 */
const heading = (defaultValue?: string): Field => ({
  name: 'heading',
  type: 'text',
  required: true,
  localized: true,
  ...(defaultValue ? { defaultValue } : {}),
})
const textRows = (name: string, label: string): Field => ({
  name,
  label,
  type: 'array',
  fields: [{ name: 'text', type: 'text', required: true, localized: true }],
})

export const translationTestBlocks: Block[] = [
  {
    slug: 'text',
    labels: { singular: 'Text section', plural: 'Text sections' },
    fields: [heading(), { name: 'body', type: 'richText', required: true, localized: true }],
  },
  {
    slug: 'tips',
    labels: { singular: 'Tips (do / don’t)', plural: 'Tips (do / don’t)' },
    fields: [heading('Tips'), textRows('do', 'Do'), textRows('dont', 'Don’t')],
  },
  {
    slug: 'exercise',
    labels: { singular: 'Exercise', plural: 'Exercises' },
    fields: [
      { name: 'name', type: 'text', required: true, localized: true },
      { name: 'image', type: 'upload', relationTo: 'media' },
      { name: 'steps', type: 'array', required: true, minRows: 1, fields: [{ name: 'text', type: 'text', required: true, localized: true }] },
      { name: 'repetitions', type: 'text', localized: true, admin: { description: 'For example "10 times, twice a day".' } },
    ],
  },
  {
    slug: 'warningSigns',
    labels: { singular: 'When to get help now', plural: 'When to get help now' },
    fields: [
      heading('When to get help now'),
      { name: 'intro', type: 'textarea', localized: true },
      {
        name: 'signs',
        type: 'array',
        required: true,
        fields: [
          { name: 'text', type: 'text', required: true, localized: true },
          { name: 'tier', type: 'select', options: ['emergency', 'today', 'watch'] },
          { name: 'reason', type: 'text', maxLength: 200, localized: true },
        ],
      },
      { name: 'watchDays', type: 'number' },
    ],
  },
  {
    slug: 'plan',
    labels: { singular: 'Your plan', plural: 'Plans' },
    fields: [
      heading('Your plan'),
      {
        name: 'moments',
        label: 'When',
        type: 'array',
        fields: [
          { name: 'when', type: 'text', required: true, localized: true },
          { name: 'actions', type: 'array', fields: [{ name: 'text', type: 'text', required: true, localized: true }] },
        ],
      },
    ],
  },
  {
    slug: 'media',
    labels: { singular: 'Image', plural: 'Images' },
    fields: [
      { name: 'image', type: 'upload', relationTo: 'media', required: true },
      { name: 'caption', type: 'text', required: true, maxLength: 300, localized: true },
    ],
  },
]

export const translationTestFields: Field[] = [
  { name: 'title', type: 'text', required: true, localized: true },
  { name: 'slug', type: 'text', index: true },
  { name: 'reviewStatus', type: 'ui', admin: { components: { Field: '/components/admin/ReviewStatusField#ReviewStatusField' } } },
  {
    type: 'tabs',
    tabs: [
      {
        label: 'Content',
        fields: [
          { name: 'mainMessage', type: 'textarea', required: true, maxLength: 400, localized: true },
          { name: 'summary', type: 'textarea', required: true, localized: true },
          { name: 'sections', type: 'blocks', required: true, blocks: translationTestBlocks },
        ],
      },
      {
        label: 'Audience and codes',
        fields: [
          { name: 'audience', type: 'select', hasMany: true, options: ['adult', 'child', 'caregiver'] },
          { name: 'keywords', label: 'Keywords and synonyms', type: 'text', hasMany: true, localized: true },
        ],
      },
      {
        label: 'Quality',
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'readingGrade', type: 'number' },
              { name: 'smogIndex', type: 'number' },
            ],
          },
        ],
      },
    ],
  },
  // Computed on every save, in each language: not for translators.
  { name: 'searchText', type: 'textarea', localized: true, admin: { hidden: true } },
]

const { root, text, paragraph, heading: headingNode, list, listItem, link, linebreak, quote } = lexical
const BOLD = 1
const ITALIC = 2
const UNDERLINE = 8

/** The rich text of the first section: formatting across text nodes, a link, a break, a list with a nested list, an image, an empty paragraph. */
export const translationTestBody = root(
  paragraph(
    text('Rest for '),
    text('two days', BOLD),
    text(', then ', 0),
    text('walk ', BOLD | ITALIC),
    text('a little', BOLD),
    text(' each day.'),
    linebreak(),
    text('Read the '),
    link('https://www.nhs.uk/conditions/back-pain/', text('NHS guide', UNDERLINE)),
    text('.'),
  ),
  headingNode('h3', text('At night')),
  list('bullet', [
    listItem([text('Sleep on your side.')], { value: 1 }),
    listItem([text('Use a pillow:'), list('bullet', [listItem([text('under your knees')], { value: 1 })])], { value: 2 }),
  ]),
  { type: 'upload', version: 3, relationTo: 'media', value: 7, fields: null },
  paragraph(),
  quote(text('Rest helps.')),
)

export const translationTestDoc: Record<string, unknown> = {
  id: 11,
  title: 'Upper back pain',
  slug: 'upper-back-pain',
  mainMessage: 'Most upper back pain gets better in a few weeks.\nKeep moving gently.',
  summary: 'What helps & what to avoid.',
  audience: ['adult'],
  keywords: ['thoracic pain', '', 'mid back pain'],
  readingGrade: 6.1,
  smogIndex: 7,
  searchText: 'upper back pain thoracic pain rest walk',
  sections: [
    { id: 'sec-text', blockType: 'text', heading: 'Looking after your back', body: translationTestBody },
    { id: 'sec-tips', blockType: 'tips', heading: 'Tips', do: [{ id: 'do-1', text: 'Keep active' }], dont: [{ id: 'dont-1', text: 'Lift heavy things' }] },
    {
      id: 'sec-exercise',
      blockType: 'exercise',
      name: 'Chin tuck',
      image: 7,
      steps: [
        { id: 'step-1', text: 'Sit up straight.' },
        { id: 'step-2', text: 'Pull your chin back.' },
      ],
      repetitions: '10 times, twice a day',
    },
    {
      id: 'sec-warning',
      blockType: 'warningSigns',
      heading: 'When to get help now',
      intro: 'Get help if you have upper back pain and:',
      signs: [
        { id: 'sign-1', text: 'Chest pain', tier: 'emergency', reason: 'this can be a sign of a heart problem' },
        { id: 'sign-2', text: 'A fever', tier: 'today', reason: '' },
      ],
      watchDays: 14,
    },
    {
      id: 'sec-plan',
      blockType: 'plan',
      heading: 'Your plan',
      moments: [{ id: 'moment-1', when: 'Tonight', actions: [{ id: 'action-1', text: 'Put a pillow under your knees' }] }],
    },
    { id: 'sec-media', blockType: 'media', image: 7, caption: 'Lie on your back with a pillow under your knees.' },
  ],
}

/** Every text node of an inline text through `translate`, codes and all left where they are. */
export function mapInlineText(nodes: InlineText, translate: (text: string) => string): InlineText {
  return nodes.map((node): InlineNode => {
    if (node.type === 'text') return { ...node, text: translate(node.text) }
    if (node.type === 'format' || node.type === 'link') return { ...node, children: mapInlineText(node.children, translate) }
    return node
  })
}

/** A stand-in translation that shows where each piece of text went: «text». */
export const mark = (text: string): string => `«${text}»`

export function translateUnits(units: readonly TranslationUnit[], translate: (text: string) => string = mark): TranslationUnit[] {
  return units.map((unit) => ({ ...unit, target: mapInlineText(unit.source, translate) }))
}

/** Lexical JSON with every text node's text through `translate`, for comparing with a rebuilt document. */
export function mapLexicalText(value: unknown, translate: (text: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => mapLexicalText(item, translate))
  if (typeof value !== 'object' || value === null) return value
  const node = value as Record<string, unknown>
  const mapped = Object.fromEntries(Object.entries(node).map(([key, child]) => [key, mapLexicalText(child, translate)]))
  return node.type === 'text' && typeof node.text === 'string' ? { ...mapped, text: translate(node.text) } : mapped
}
