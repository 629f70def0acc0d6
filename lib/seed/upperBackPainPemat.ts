import type { Payload } from 'payload'

import type { PematRating } from '@/lib/pemat/pematRating'

/**
 * The demo reviewer's PEMAT-P answers for the items that need judgement, on
 * the published plain-language "upper back pain during sleep" topic (main
 * message first, tiered warning signs, a plan, two captioned drawings). The
 * other 16 items are filled in from the topic's structure when it is saved,
 * each with its reason; the reviewer left those as suggested.
 */
export const UPPER_BACK_PAIN_PEMAT_ANSWERS: PematRating['answers'] = {
  '1': {
    answer: 'agree',
    note: 'The main message comes first and says what to do; the first section ends “This handout tells you what you can do.”',
  },
  '2': {
    answer: 'agree',
    note: 'Everything serves sleeping with less pain and knowing when to get help. The two causes sections are short and each ends with what to do; the list of named conditions is the nearest thing to extra detail.',
  },
  '3': { answer: 'agree', note: 'Short sentences and everyday words (“pee or poop”, “a rolled towel”); the whole topic reads at grade 6 or lower.' },
  '4': {
    answer: 'disagree',
    note: 'Scoliosis and spinal stenosis are explained in plain words, but “fibromyalgia” is named without saying what it is.',
  },
  '7': { answer: 'agree', note: 'Nothing to work out: the numbers are a phone number, counts (“2 or 3 times”) and days (“in 2 weeks”).' },
  '10': {
    answer: 'agree',
    note: 'Main message, then why it hurts, how to lie, what to sleep on, other causes, more ways to ease it and what to remember; the plan, tips, exercise and warning signs follow on.',
  },
  '16': { answer: 'agree', note: 'Each drawing shows exactly the advice next to it: the pillows under neck and knees, and the two moves of a shoulder roll.' },
  '18': {
    answer: 'agree',
    note: 'Flat drawings with one idea each, no text inside and no background clutter. The “roll back” is hard to show from the front; the caption says it.',
  },
}

/**
 * Stores the demo reviewer's answers on the seeded topic's published version.
 * Call it right after that version is published and before a draft is saved
 * on top: a non-draft update saves the latest version as the published one.
 */
export async function rateSeededUpperBackPain({ payload, topicId }: { payload: Payload; topicId: number }): Promise<void> {
  const reviewer = await payload.find({
    collection: 'users',
    where: { email: { equals: 'reviewer@careleaf.local' } },
    overrideAccess: true,
    limit: 1,
    depth: 0,
  })
  const rating: PematRating = { answers: UPPER_BACK_PAIN_PEMAT_ANSWERS, ratedBy: reviewer.docs[0]?.id ?? null, ratedAt: new Date().toISOString() }
  await payload.update({ collection: 'topics', id: topicId, overrideAccess: true, draft: false, data: { pemat: rating as unknown as Record<string, unknown> } })
}
