/**
 * The plain-language version of the "upper back pain during sleep" topic:
 * the one the seed publishes, signed off by the demo reviewer. The imported
 * article stays as the earlier version, word for word.
 *
 * Written for reading grade 6 or lower (Flesch-Kincaid, as lib/readability
 * measures it; the AMA and NIH advise grade 6 for patient material): short
 * sentences, common words, "you". Every heading says what its section tells
 * (no "Overview"), so a patient can scan for what they need.
 */

export interface PlainTextSection {
  heading: string
  paragraphs: string[]
}

/** The one thing to take away, main action first, shown first in a box (CDC Clear Communication Index items 1–3). */
export const UPPER_BACK_PAIN_MAIN_MESSAGE = 'Sleep on your back with one pillow under your neck and one under your knees. Move your shoulders gently each day.'

export const UPPER_BACK_PAIN_PLAIN_SUMMARY = 'Upper back pain at night is common. A few changes to how you sleep and move often help.'

export const WHY_IT_HURTS: PlainTextSection = {
  heading: 'Why your upper back hurts at night',
  paragraphs: [
    'Many people have upper back pain at night. It can be mild. It can also be bad enough to keep you awake.',
    'The pain can come from the way you sleep. It can also come from a health problem or from some medicines. This handout tells you what you can do.',
  ],
}

/** The imported text says "spinal cord" here; the patient's text says "spine", which is what it means. */
export const HOW_TO_LIE_IN_BED: PlainTextSection = {
  heading: 'How to lie in bed so your back hurts less',
  paragraphs: [
    'The way you lie in bed is a common cause of upper back pain. Some ways of lying strain the muscles in your upper back. Lying on your stomach puts stress on your neck and back.',
    'Try to keep your spine straight while you sleep. It should make a line from your neck down to your tailbone.',
    'The best way to do this is to lie on your back. Put a pillow under your neck. Put a small pillow or a rolled towel under your knees. This keeps the natural curve of your spine. It takes the strain off your upper back.',
    'If you sleep on your side, use a pillow that fills the space between your neck and the bed. A long body pillow can help hold you in place. Try not to sleep on your stomach.',
  ],
}

export const PILLOW_AND_MATTRESS: PlainTextSection = {
  heading: 'Pick a pillow and a bed that hold you up',
  paragraphs: [
    'A good pillow and bed can help a lot. Pick a pillow that holds up your neck and shoulders. A memory foam pillow or a neck pillow can work well.',
    'Pick a mattress that feels good to you. It should keep your spine straight, not let it sag.',
  ],
}

export const HEALTH_PROBLEMS: PlainTextSection = {
  heading: 'Health problems that can cause the pain',
  paragraphs: [
    'Sometimes a health problem causes the pain. A problem with the bones or discs in your spine can do it. A slipped disc and arthritis are two of these.',
    'Other causes are a curved spine (scoliosis), a narrow space for the nerves in your spine (spinal stenosis), and fibromyalgia. If you think a health problem is the cause, see your doctor soon.',
  ],
}

export const MEDICINES: PlainTextSection = {
  heading: 'Medicines that can cause the pain',
  paragraphs: [
    'Some medicines can make you dizzy or tired. Then you may stand or sit in a way that hurts your back.',
    'If you think a medicine is the cause, talk to your doctor. Do not stop a medicine on your own. Your doctor may change the dose or give you a new one.',
  ],
}

export const MORE_WAYS_TO_EASE_IT: PlainTextSection = {
  heading: 'More ways to ease the pain',
  paragraphs: [
    'Good sleep habits help your back too. Go to bed and get up at the same time each day. Do not have caffeine or alcohol before bed. Make your bedroom calm and quiet.',
    'Stretch and move a little each day. This helps you stand up straight and eases tight muscles.',
    'If the pain does not go away or gets worse, see your doctor. They may send you to a physical therapist or suggest other care.',
  ],
}

export const WHAT_TO_REMEMBER: PlainTextSection = {
  heading: 'What to remember',
  paragraphs: [
    'Upper back pain at night often comes from the way you sleep. A health problem or a medicine can also cause it.',
    'Lie on your back with a pillow under your neck and one under your knees. Move gently each day. If the pain does not go away, see your doctor. Together you can find the cause and make a plan that works.',
  ],
}

/** "Your plan": concrete steps for tonight and each day, and when to call (PEMAT-P items 20–23). */
export const UPPER_BACK_PAIN_PLAN: { heading: string; moments: Array<{ when: string; actions: string[] }> } = {
  heading: 'Your plan',
  moments: [
    {
      when: 'Tonight',
      actions: [
        'Put a pillow under your neck.',
        'Put a small pillow or a rolled towel under your knees.',
        'Lie on your back, not on your stomach.',
        'Do not have caffeine or alcohol before bed.',
      ],
    },
    {
      when: 'Each day',
      actions: ['Do shoulder rolls 2 or 3 times.', 'Take a short walk or move gently.', 'Go to bed and get up at the same time.'],
    },
    {
      when: 'Call if …',
      actions: [
        'Call 911 if you have chest pain or trouble breathing.',
        'Call your doctor today if you have a fever or the pain started after a fall.',
        'Call your doctor if the pain is not better in 2 weeks.',
      ],
    },
  ],
}
