import type { RichTextState } from '@/lib/content/richTextState'

import type { HandoutDocumentData, HandoutSectionSnapshot } from '../../lib/handouts/types'

/**
 * Builders for serialized Lexical JSON in the exact shape Payload's editor
 * stores (version, direction, indent, …), so tests exercise real input.
 */
export const lexical = {
  root(...children: unknown[]): RichTextState {
    return { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } } as RichTextState
  },
  text(text: string, format = 0) {
    return { type: 'text', version: 1, text, format, detail: 0, mode: 'normal', style: '' }
  },
  paragraph(...children: unknown[]) {
    return { type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children }
  },
  heading(tag: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6', ...children: unknown[]) {
    return { type: 'heading', version: 1, tag, direction: 'ltr', format: '', indent: 0, children }
  },
  list(listType: 'bullet' | 'number' | 'check', items: unknown[], start = 1) {
    return { type: 'list', version: 1, listType, start, tag: listType === 'number' ? 'ol' : 'ul', direction: 'ltr', format: '', indent: 0, children: items }
  },
  listItem(children: unknown[], options: { value?: number; checked?: boolean } = {}) {
    return { type: 'listitem', version: 1, value: options.value ?? 1, checked: options.checked, direction: 'ltr', format: '', indent: 0, children }
  },
  link(url: string, ...children: unknown[]) {
    return { type: 'link', version: 3, fields: { url, newTab: true, linkType: 'custom' }, direction: 'ltr', format: '', indent: 0, children }
  },
  autolink(url: string) {
    return { type: 'autolink', version: 2, fields: { url, linkType: 'custom' }, direction: 'ltr', format: '', indent: 0, children: [lexical.text(url)] }
  },
  linebreak() {
    return { type: 'linebreak', version: 1 }
  },
  tab() {
    return { type: 'tab', version: 1, text: '\t', format: 0, detail: 2, mode: 'normal', style: '' }
  },
  quote(...children: unknown[]) {
    return { type: 'quote', version: 1, direction: 'ltr', format: '', indent: 0, children }
  },
}

const { root, text, paragraph, list, listItem, link } = lexical

export const BOLD = 1
export const ITALIC = 2

const posture: HandoutSectionSnapshot = {
  topicId: 11,
  topicTitle: 'Upper back pain during sleep',
  sectionId: 'sec-posture',
  heading: 'Poor Sleeping Posture',
  body: root(
    paragraph(
      text('Sleeping on your stomach twists your neck and flattens the natural curve of your spine. '),
      text('Try to sleep on your back or side', BOLD),
      text(' with a pillow that keeps your head level.'),
    ),
    list('bullet', [
      listItem([text('Place a rolled towel under your knees when lying on your back.')]),
      listItem([text('Hug a pillow when lying on your side so your shoulders stay square.')]),
      listItem([text('Replace a mattress that sags in the middle.')]),
    ]),
  ),
}

const managing: HandoutSectionSnapshot = {
  topicId: 11,
  topicTitle: 'Upper back pain during sleep',
  sectionId: 'sec-managing',
  heading: 'Managing Upper Back Pain during Sleep',
  body: root(
    paragraph(text('Before bed, follow these steps '), text('every night', ITALIC), text(' for two weeks:')),
    list('number', [
      listItem([text('Apply a warm compress to your upper back for 15 minutes.')], { value: 1 }),
      listItem([text('Do the chin-tuck stretch ten times.')], { value: 2 }),
      listItem([text('Set an alarm to take your evening dose on time.')], { value: 3 }),
    ]),
    paragraph(
      text('Watch the stretches on the '),
      link('https://www.nhs.uk/live-well/exercise/neck-pain-exercises/', text('NHS exercise page')),
      text(' before you start.'),
    ),
  ),
}

const ibuprofen: HandoutSectionSnapshot = {
  topicId: 27,
  topicTitle: 'Taking ibuprofen safely',
  sectionId: 'sec-ibuprofen-dose',
  heading: 'How much to take',
  body: root(
    paragraph(text('Take ibuprofen with food or milk. Do not take more than the dose on the label in 24 hours.')),
    paragraph(text('Stop taking it and call us if you have black stools or stomach pain.', BOLD | ITALIC)),
  ),
}

export function handoutFixture(overrides: Partial<HandoutDocumentData> = {}): HandoutDocumentData {
  return {
    clinic: { name: 'Springfield Family Practice', phone: '(555) 010-0199', address: '1 Example Street, Springfield' },
    title: 'Upper back pain during sleep',
    patientName: 'Jane Doe',
    clinicianName: 'Dr. Amara Okafor',
    createdAt: '2026-11-29T15:30:00.000Z',
    instructions: 'Use the heat pack every evening this week.\n\nCome back in two weeks if the pain still wakes you at night.',
    sections: [posture, managing, ibuprofen],
    shareUrl: 'https://careleaf.example.org/p/Xq3vT0p7cLm9fRk2wZbY8nHs4dJa6uEg1oVi5tQyNcM',
    ...overrides,
  }
}

/** Many sections, to force several pages. */
export function longHandoutFixture(sectionCount: number): HandoutDocumentData {
  const sections: HandoutSectionSnapshot[] = Array.from({ length: sectionCount }, (_, index) => ({
    topicId: 11,
    topicTitle: 'Upper back pain during sleep',
    sectionId: `sec-${index + 1}`,
    heading: `Step ${index + 1} of your recovery plan`,
    body: root(
      paragraph(
        text(
          `This is part ${index + 1}. Keep moving gently during the day, sit upright with your feet flat on the floor, ` +
            'and take short breaks from screens so your shoulders can relax before you go to bed.',
        ),
      ),
      list('bullet', [listItem([text(`Checkpoint ${index + 1}: note how well you slept.`)])]),
    ),
  }))
  return handoutFixture({ sections, instructions: null, shareUrl: null })
}

/** Tiered warning signs listed out of order (watch, today, 911), to show every output draws 911 first. */
export const tieredWarningSigns: HandoutSectionSnapshot = {
  topicId: 11,
  topicTitle: 'Upper back pain during sleep',
  sectionId: 'warn',
  blockType: 'warningSigns',
  heading: 'When to get help now',
  body: {
    intro: null,
    watchDays: 14,
    signs: [
      { text: 'Your pain is not getting better', tier: 'watch', reason: null },
      { text: 'A fever', tier: 'today', reason: 'You may have an infection.' },
      { text: 'Chest pain', tier: 'emergency', reason: 'This can be a sign of a heart problem.' },
    ],
  },
}

export const backPainMainMessage = {
  topicTitle: 'Upper back pain during sleep',
  mainMessage: 'Sleep on your back with a pillow under your knees.',
  summary: 'Most upper back pain at night gets better with a few changes.',
}
