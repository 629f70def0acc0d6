import type { ArrayField, Block } from 'payload'

export const CHECK_DEFAULT_HEADING = 'Check your understanding'

type QuestionRow = { kind?: string | null; options?: Array<{ correct?: boolean | null }> | null }

/** A multiple-choice question has 2–4 options, exactly one of them right. */
const exactlyOneCorrect: ArrayField['validate'] = (value, { siblingData }) => {
  if ((siblingData as QuestionRow | undefined)?.kind !== 'multiple-choice') return true
  const options = Array.isArray(value) ? (value as NonNullable<QuestionRow['options']>) : []
  if (options.length < 2 || options.length > 4) return 'Give 2 to 4 options.'
  return options.filter((option) => option.correct === true).length === 1 ? true : 'Mark exactly one option as the right answer.'
}

/**
 * Teach-back through the handout (AHRQ Health Literacy Universal Precautions
 * Toolkit, Tool 5): 1–3 questions, each tied to the section it checks, each
 * with a plain explanation the patient reads after answering. The patient
 * answers on the shared page; the clinician sees which sections to re-teach.
 */
export const CheckUnderstandingBlock: Block = {
  slug: 'check',
  interfaceName: 'CheckUnderstandingBlock',
  admin: {
    disableBlockName: true,
    components: { Label: { path: '/components/admin/SectionRowLabel#SectionRowLabel', clientProps: { kind: 'Check your understanding' } } },
    images: { thumbnail: { url: '/section-kinds/check.svg', alt: 'Check your understanding' }, icon: '/section-kinds/check.svg' },
  },
  labels: { singular: 'Check your understanding', plural: 'Check your understanding' },
  fields: [
    { name: 'heading', type: 'text', required: true, localized: true, defaultValue: CHECK_DEFAULT_HEADING },
    {
      name: 'questions',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 3,
      labels: { singular: 'Question', plural: 'Questions' },
      admin: {
        description:
          'Ask what the patient will do, not whether they understood: “What will you do if your pain wakes you at night?”, never “Do you understand?”. No trick questions.',
      },
      fields: [
        {
          name: 'checksSection',
          label: 'Section it checks',
          type: 'text',
          required: true,
          admin: {
            description: 'The section a patient who misses this question should read again.',
            components: { Field: '/components/admin/CheckedSectionField#CheckedSectionField' },
          },
        },
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'multiple-choice',
          options: [
            { label: 'Multiple choice', value: 'multiple-choice' },
            { label: 'True or false', value: 'true-false' },
          ],
        },
        { name: 'prompt', label: 'Question', type: 'text', required: true, localized: true, maxLength: 300 },
        {
          name: 'options',
          type: 'array',
          maxRows: 4,
          labels: { singular: 'Option', plural: 'Options' },
          validate: exactlyOneCorrect,
          admin: { condition: (_, siblingData) => siblingData?.kind === 'multiple-choice' },
          fields: [
            { name: 'text', type: 'text', required: true, localized: true, maxLength: 200 },
            { name: 'correct', label: 'Right answer', type: 'checkbox', defaultValue: false },
          ],
        },
        {
          name: 'trueFalseAnswer',
          label: 'The statement is',
          type: 'select',
          options: [
            { label: 'True', value: 'true' },
            { label: 'False', value: 'false' },
          ],
          admin: { condition: (_, siblingData) => siblingData?.kind === 'true-false' },
        },
        {
          name: 'explanation',
          type: 'textarea',
          required: true,
          localized: true,
          maxLength: 500,
          admin: { description: 'Shown after the patient answers, right or wrong: one or two plain sentences, never shaming.' },
        },
      ],
    },
  ],
}
