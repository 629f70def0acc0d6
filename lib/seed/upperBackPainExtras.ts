/**
 * Editorial additions to the imported "upper back pain during sleep" article.
 * The imported text itself is kept as written (minus the promotion the
 * importer removes); everything here is new, plain-language content a
 * reviewer signs off, kept apart so it is never mistaken for the import.
 */

import type { WarningTier } from '@/lib/warningSigns/warningTiers'

/**
 * Tiered as a clinician would tier them: an emergency (heart, lungs, a
 * pressed nerve in the spine) means 911; a fever, an injury or weight loss
 * means the doctor today; pain that lingers means watching and calling
 * after 2 weeks (NHS and MedlinePlus back-pain pages, listed as sources).
 */
export const UPPER_BACK_PAIN_WARNING_SIGNS: {
  heading: string
  intro: string
  watchDays: number
  signs: Array<{ text: string; tier: WarningTier; reason?: string }>
} = {
  heading: 'When to get help now',
  intro: 'Get help if you have upper back pain and any of these signs.',
  watchDays: 14,
  signs: [
    { text: 'Chest pain, or pain that spreads to your arm, jaw or belly', tier: 'emergency', reason: 'This can be a sign of a heart problem.' },
    { text: 'Shortness of breath', tier: 'emergency', reason: 'This can be a sign of a heart or lung problem.' },
    { text: 'New numbness, tingling or weakness in your arms or legs', tier: 'emergency', reason: 'A nerve in your spine may be pressed.' },
    { text: 'You cannot control when you pee or poop', tier: 'emergency', reason: 'A nerve in your spine may be pressed.' },
    { text: 'A fever, or you feel hot and shivery', tier: 'today', reason: 'You may have an infection.' },
    { text: 'Pain that started after a fall, a car crash or another injury', tier: 'today', reason: 'A bone may be hurt.' },
    { text: 'You are losing weight and do not know why', tier: 'today', reason: 'Your doctor should find out why.' },
    { text: 'Your pain is not getting better', tier: 'watch' },
    { text: 'Your pain wakes you up most nights', tier: 'watch' },
  ],
}

export const UPPER_BACK_PAIN_TIPS = {
  heading: 'Tips for sleeping with upper back pain',
  do: [
    'Sleep on your back with a pillow under your neck.',
    'Put a small pillow or a rolled towel under your knees.',
    'Go to bed and get up at the same time each day.',
    'Stretch and move gently during the day.',
  ],
  dont: ['Don’t sleep on your stomach.', 'Don’t have caffeine or alcohol before bed.', 'Don’t stay in bed all day. Gentle movement helps.'],
}

export const UPPER_BACK_PAIN_EXERCISE = {
  name: 'Shoulder rolls',
  steps: [
    'Sit or stand up tall. Let your arms hang loose.',
    'Lift both shoulders up toward your ears.',
    'Roll them back and then down.',
    'Breathe out as your shoulders go down.',
  ],
  repetitions: 'Do this 5 to 10 times, 2 or 3 times a day. Stop if it makes your pain worse.',
}

export const UPPER_BACK_PAIN_CODES = [{ system: 'icd10cm' as const, code: 'M54.6', display: 'Pain in thoracic spine' }]

export const UPPER_BACK_PAIN_KEYWORDS = [
  'upper back pain',
  'thoracic back pain',
  'mid back pain',
  'back pain at night',
  'sleeping position',
  'pillow',
  'mattress',
]

/**
 * Patient-information pages from national health services that cover the
 * same advice. Accessed dates are left for the reviewer to fill in when they
 * check the pages (they were not re-checked when this seed was written).
 */
export const UPPER_BACK_PAIN_SOURCES = [
  { citation: 'NHS. Back pain. NHS website (nhs.uk), Health A to Z.', url: 'https://www.nhs.uk/conditions/back-pain/' },
  { citation: 'MedlinePlus. Back Pain. National Library of Medicine (US).', url: 'https://medlineplus.gov/backpain.html' },
]

export const UPPER_BACK_PAIN_CATEGORIES = [
  { name: 'Back and neck', slug: 'back-and-neck', kind: 'bodyRegion' as const },
  { name: 'Musculoskeletal health', slug: 'musculoskeletal-health', kind: 'specialty' as const },
]

/** Which seeded section a question checks; seedDemoContent gives each of these sections its block id. */
export type SeedCheckedSection = 'howToLieInBed' | 'warningSigns'

export interface SeedCheckQuestion {
  checks: SeedCheckedSection
  kind: 'multiple-choice' | 'true-false'
  prompt: string
  /** Multiple choice: 2–4 options, one `correct`. True/false: none. */
  options: Array<{ text: string; correct?: boolean }>
  trueFalseAnswer?: 'true' | 'false'
  explanation: string
}

/**
 * Teach-back questions (AHRQ Health Literacy Universal Precautions Toolkit,
 * Tool 5): they ask what the patient will do, never whether they understood,
 * and the explanation says what the section says without blame.
 */
export const UPPER_BACK_PAIN_CHECK: { heading: string; questions: SeedCheckQuestion[] } = {
  heading: 'Check your understanding',
  questions: [
    {
      checks: 'howToLieInBed',
      kind: 'multiple-choice',
      prompt: 'Your back hurts tonight. How will you lie down to sleep?',
      options: [
        { text: 'On my back, with a pillow under my neck and one under my knees', correct: true },
        { text: 'On my stomach, with my head turned to the side' },
        { text: 'Curled up tight, with no pillow' },
      ],
      explanation:
        'Lying on your back with a pillow under your neck and your knees keeps your spine straight. Lying on your stomach strains your neck and back.',
    },
    {
      checks: 'warningSigns',
      kind: 'multiple-choice',
      prompt: 'What will you do if your back hurts and you also have chest pain?',
      options: [{ text: 'Call 911 now', correct: true }, { text: 'Wait a few days to see if it goes away' }, { text: 'Take a pain pill and go to bed' }],
      explanation: 'Back pain with chest pain can be a sign of a heart problem. Call 911 now. Do not wait.',
    },
    {
      checks: 'warningSigns',
      kind: 'true-false',
      prompt: 'If you get a fever with your back pain, you should call your doctor today.',
      options: [],
      trueFalseAnswer: 'true',
      explanation: 'A fever can mean you have an infection. Call your doctor the same day.',
    },
  ],
}
