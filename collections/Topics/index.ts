import type { CollectionConfig, FieldHook } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isContentEditor } from '@/access/isContentEditor'
import { isReviewerField } from '@/access/isReviewerField'
import { publishedOrContentEditor } from '@/access/publishedOrContentEditor'
import { setByServerCode } from '@/access/setByServerCode'
import { TOPIC_SECTION_BLOCKS } from '@/blocks'
import { codesField } from '@/fields/codesField'
import { slugField } from '@/fields/slugField'
import { sourcesField } from '@/fields/sourcesField'
import { QUALITY_FLAG_OPTIONS } from '@/lib/contentQuality/qualityFlags'
import { validatePematRating } from '@/lib/pemat/pematRating'
import { REVIEW_REQUEST_CONTEXT } from '@/lib/topics/reviewRequest'

import { compareWithPublishedEndpoint } from './endpoints/compareWithPublished'
import { exportContentPackEndpoint, importContentPackEndpoint } from './endpoints/contentPackEndpoints'
import { requestChangesEndpoint, submitForReviewEndpoint } from './endpoints/reviewEndpoints'
import {
  approveTranslationEndpoint,
  exportXliffEndpoint,
  importXliffEndpoint,
  sideBySideEndpoint,
  submitTranslationEndpoint,
} from './endpoints/translationEndpoints'
import { computeContentChecks } from './hooks/computeContentChecks'
import { enforcePublishWorkflow } from './hooks/enforcePublishWorkflow'
import { keepAcknowledgementsToRaisedFlags } from './hooks/keepAcknowledgementsToRaisedFlags'
import { recordTopicPublished } from './hooks/recordTopicPublished'
import { trackTranslationStatus } from './hooks/trackTranslationStatus'
import { importedFromField } from './importedFromField'
import { translationField } from './translationField'

/** A localized list with no rows reads as missing in Payload; as before localization, it reads as an empty list. */
const noneAsEmptyList: FieldHook = ({ value }) => value ?? []

/** Computed by computeContentChecks from the text being saved; nobody types it. */
const derived = { create: () => false, update: () => false }

export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: 'Topic', plural: 'Topics' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: [
      'title',
      '_status',
      'reviewRequest',
      'readingGrade',
      'pematUnderstandability',
      'pematActionability',
      'qualityFlags',
      'reviewDueAt',
      'updatedAt',
    ],
    description: 'Patient education topics. Editors save drafts; a reviewer signs off and publishes. Clinicians only ever see the published version.',
    components: {
      beforeListTable: ['/components/admin/ReviewQueueFilter#ReviewQueueFilter', '/components/admin/TopicsDueForReview#TopicsDueForReview'],
      edit: { PublishButton: '/components/admin/ReviewerPublishButton#ReviewerPublishButton' },
    },
  },
  access: {
    read: publishedOrContentEditor,
    // Versions hold drafts: without this Payload lets any signed-in user read them.
    readVersions: isContentEditor,
    create: isContentEditor,
    update: isContentEditor,
    delete: isAdmin,
  },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    // Checks first, so the workflow sees the flags of the text being saved.
    beforeChange: [computeContentChecks, keepAcknowledgementsToRaisedFlags, trackTranslationStatus, enforcePublishWorkflow],
    afterChange: [recordTopicPublished],
  },
  endpoints: [
    submitForReviewEndpoint,
    requestChangesEndpoint,
    sideBySideEndpoint,
    submitTranslationEndpoint,
    approveTranslationEndpoint,
    exportXliffEndpoint,
    importXliffEndpoint,
    compareWithPublishedEndpoint,
    exportContentPackEndpoint,
    importContentPackEndpoint,
  ],
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    slugField('title'),
    {
      name: 'reviewOutcome',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/admin/ReviewOutcomeField#ReviewOutcomeField' } },
    },
    {
      name: 'reviewStatus',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/admin/ReviewStatusField#ReviewStatusField' } },
    },
    {
      name: 'reviewedBy',
      type: 'relationship',
      relationTo: 'users',
      access: { create: isReviewerField, update: isReviewerField },
      admin: { position: 'sidebar', readOnly: true, description: 'Set when a reviewer publishes.' },
    },
    { name: 'reviewedAt', type: 'date', access: { create: isReviewerField, update: isReviewerField }, admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'reviewDueAt',
      type: 'date',
      index: true,
      access: { create: isReviewerField, update: isReviewerField },
      admin: {
        position: 'sidebar',
        description: 'One year after review unless the reviewer sets another date.',
        date: { pickerAppearance: 'dayOnly' },
        components: { Cell: '/components/admin/ReviewDueCell#ReviewDueCell' },
      },
    },
    {
      name: 'reviewRequest',
      label: 'Review',
      type: 'select',
      index: true,
      options: [
        { label: 'Waiting for review', value: 'waiting' },
        { label: 'Changes requested', value: 'changes-requested' },
      ],
      // Only submitTopicForReview, requestTopicChanges and publishing change it, each audited.
      access: { create: setByServerCode(REVIEW_REQUEST_CONTEXT), update: setByServerCode(REVIEW_REQUEST_CONTEXT) },
      admin: { position: 'sidebar', readOnly: true, description: 'Set when an editor submits the draft and when a reviewer answers.' },
    },
    {
      name: 'reviewComment',
      label: 'Reviewer’s comment',
      type: 'textarea',
      maxLength: 2000,
      access: { create: isReviewerField, update: isReviewerField },
      admin: { position: 'sidebar', description: 'What the editor should change, when a reviewer sends the draft back.' },
    },
    {
      name: 'acknowledgedFlags',
      label: 'Reviewer accepts these flags',
      type: 'select',
      hasMany: true,
      // Each language has its own text, so its own flags to accept.
      localized: true,
      hooks: { afterRead: [noneAsEmptyList] },
      options: QUALITY_FLAG_OPTIONS,
      // Offer only the flags this version raises (keepAcknowledgementsToRaisedFlags refuses the rest on the server).
      filterOptions: ({ data, options }) => {
        const raised = new Set<string>(Array.isArray(data?.qualityFlags) ? data.qualityFlags : [])
        const accepted = new Set<string>(Array.isArray(data?.acknowledgedFlags) ? data.acknowledgedFlags : [])
        return options.filter((option) => {
          const value = typeof option === 'string' ? option : option.value
          return raised.has(value) || accepted.has(value)
        })
      },
      access: { create: isReviewerField, update: isReviewerField },
      admin: { position: 'sidebar', description: 'A reviewer must accept every open quality flag (see the Quality tab) before publishing.' },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Content',
          fields: [
            {
              name: 'mainMessage',
              type: 'textarea',
              required: true,
              localized: true,
              maxLength: 400,
              admin: {
                description:
                  'The one thing the patient must take away, in one or two sentences: shown first, in a box, on the patient page and the PDF. Required to publish.',
              },
            },
            {
              name: 'summary',
              type: 'textarea',
              required: true,
              localized: true,
              admin: { description: 'One or two plain-language sentences shown in the library.' },
            },
            {
              name: 'sections',
              type: 'blocks',
              required: true,
              minRows: 1,
              blocks: TOPIC_SECTION_BLOCKS,
              admin: { description: 'Each section must make sense on its own: clinicians pick sections for a handout.' },
            },
            { name: 'writingSignals', type: 'ui', admin: { components: { Field: '/components/admin/WritingSignalsField#WritingSignalsField' } } },
          ],
        },
        {
          label: 'Audience and codes',
          fields: [
            {
              name: 'audience',
              type: 'select',
              hasMany: true,
              defaultValue: ['adult'],
              options: [
                { label: 'Adult', value: 'adult' },
                { label: 'Child', value: 'child' },
                { label: 'Caregiver', value: 'caregiver' },
              ],
            },
            { name: 'categories', type: 'relationship', relationTo: 'categories', hasMany: true, admin: { description: 'Body region and specialty.' } },
            codesField(),
            {
              name: 'keywords',
              label: 'Keywords and synonyms',
              type: 'text',
              hasMany: true,
              localized: true,
              admin: { description: 'Words patients and clinicians use for this topic ("thoracic pain", "mid back pain").' },
            },
          ],
        },
        {
          label: 'Translation',
          description: 'Each language is reviewed on its own. Switch the language at the top of the page to edit or review a translation.',
          fields: [
            translationField,
            { name: 'translationReview', type: 'ui', admin: { components: { Field: '/components/admin/TranslationPanel#TranslationPanel' } } },
          ],
        },
        { label: 'Sources', fields: [sourcesField(), importedFromField] },
        {
          label: 'Quality',
          description: 'Computed every time the topic is saved.',
          fields: [
            {
              name: 'readability',
              type: 'json',
              localized: true,
              admin: {
                readOnly: true,
                components: { Field: '/components/admin/ReadabilityPanel#ReadabilityPanel', Diff: '/components/admin/ReadabilityDiff#ReadabilityDiff' },
              },
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'readingGrade',
                  label: 'Reading grade (Flesch-Kincaid)',
                  type: 'number',
                  localized: true,
                  index: true,
                  // The list shows the latest draft; the cell tells the published and draft grades apart.
                  admin: { readOnly: true, width: '33%', components: { Cell: '/components/admin/ReadingGradeCell#ReadingGradeCell' } },
                },
                { name: 'smogIndex', label: 'SMOG index', type: 'number', localized: true, admin: { readOnly: true, width: '33%' } },
              ],
            },
            {
              name: 'qualityFlags',
              type: 'select',
              hasMany: true,
              localized: true,
              options: QUALITY_FLAG_OPTIONS,
              hooks: { afterRead: [noneAsEmptyList] },
              admin: { readOnly: true },
            },
            { name: 'pematScores', type: 'ui', admin: { components: { Field: '/components/admin/PematScoresSummary#PematScoresSummary' } } },
            // Counts only, read by the component for content staff: which questions patients miss (lib/teachBack/countMissedQuestions).
            { name: 'missedQuestions', type: 'ui', admin: { components: { Field: '/components/admin/MissedQuestionsField#MissedQuestionsField' } } },
          ],
        },
        {
          label: 'PEMAT-P',
          description: 'AHRQ’s Patient Education Materials Assessment Tool for printable materials, rated per version by a reviewer.',
          fields: [
            {
              name: 'pemat',
              type: 'json',
              // The reviewer's own answers; items the structure decides are filled in when the topic is saved.
              access: { create: isReviewerField, update: isReviewerField },
              validate: validatePematRating,
              admin: { components: { Field: '/components/admin/PematRatingField#PematRatingField' } },
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'pematUnderstandability',
                  label: 'Understandability (%)',
                  type: 'number',
                  index: true,
                  access: derived,
                  admin: { readOnly: true, width: '33%' },
                },
                {
                  name: 'pematActionability',
                  label: 'Actionability (%)',
                  type: 'number',
                  index: true,
                  access: derived,
                  admin: { readOnly: true, width: '33%' },
                },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'searchText',
      type: 'textarea',
      localized: true,
      admin: { hidden: true },
      access: derived,
    },
  ],
}
