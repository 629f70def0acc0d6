import { paragraphsToRichText } from '../../../lib/content/lexical'
import { loadUpperBackPainArticle } from '../../../lib/content/upperBackPainArticle'
import type { HandoutDocumentData } from '../../../lib/handouts/types'
import { UPPER_BACK_PAIN_EXERCISE, UPPER_BACK_PAIN_SOURCES, UPPER_BACK_PAIN_TIPS, UPPER_BACK_PAIN_WARNING_SIGNS } from '../../../lib/seed/upperBackPainExtras'

/**
 * The seeded topic as a handout, every section (text, tips, exercise, "When
 * to get help now"), built from the same sources the seed uses, with the
 * demo clinic logo (its one image) and a share link on `port` (its QR code).
 */
export function seededHandout({ logoFileName, port }: { logoFileName: string; port: number }): HandoutDocumentData {
  const article = loadUpperBackPainArticle()
  const topic = { topicId: 1, topicTitle: 'Upper back pain during sleep' }
  return {
    clinic: {
      name: 'Careleaf Demo Clinic',
      phone: '(555) 010-0100',
      address: '1 Example Street, Springfield',
      accentColor: '#0b5450',
      logo: { id: 1, updatedAt: '2026-11-29T10:00:00.000Z', filename: logoFileName },
    },
    title: 'Upper back pain during sleep',
    patientName: 'Jane Doe',
    preferredName: 'Jane',
    clinicianName: 'Dr Sam Rivera',
    createdAt: '2026-11-29T10:00:00.000Z',
    instructions: 'Sleep on your back with a rolled towel under your knees.\n\nCall us if the pain wakes you more than twice a week.',
    followUpDate: '2026-12-14T12:00:00.000Z',
    contactLine: null,
    sections: [
      ...article.sections.map((section, index) => ({
        ...topic,
        sectionId: `section-${index}`,
        heading: section.heading,
        body: paragraphsToRichText(section.paragraphs),
      })),
      {
        ...topic,
        sectionId: 'tips',
        heading: UPPER_BACK_PAIN_TIPS.heading,
        blockType: 'tips' as const,
        body: { do: UPPER_BACK_PAIN_TIPS.do, dont: UPPER_BACK_PAIN_TIPS.dont },
      },
      {
        ...topic,
        sectionId: 'exercise',
        heading: UPPER_BACK_PAIN_EXERCISE.name,
        blockType: 'exercise' as const,
        body: { steps: UPPER_BACK_PAIN_EXERCISE.steps, repetitions: UPPER_BACK_PAIN_EXERCISE.repetitions, image: null },
      },
      {
        ...topic,
        sectionId: 'warning-signs',
        heading: UPPER_BACK_PAIN_WARNING_SIGNS.heading,
        blockType: 'warningSigns' as const,
        body: {
          intro: UPPER_BACK_PAIN_WARNING_SIGNS.intro,
          watchDays: UPPER_BACK_PAIN_WARNING_SIGNS.watchDays,
          signs: UPPER_BACK_PAIN_WARNING_SIGNS.signs.map((sign) => ({ reason: null, ...sign })),
        },
      },
    ],
    shareUrl: `http://127.0.0.1:${port}/p/${'Xq3vT0p7cLm9fRk2wZbY8nHs4dJa6uEg1oVi5tQyNcM'}`,
    pageSize: 'LETTER',
    reviewedAt: '2026-11-29T10:00:00.000Z',
    sources: UPPER_BACK_PAIN_SOURCES.map((source) => source.citation),
  }
}
