import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'

/**
 * A patient's answer to a "Check your understanding" question, stored against
 * the share link it came through: no account, no identity, only which
 * question, which answer and whether it was right. Written by the patient
 * page's form handler and read by the handout's owner through server code
 * (lib/teachBack); no API access for anyone.
 */
export const TeachBackAnswers: CollectionConfig = {
  slug: 'teach-back-answers',
  labels: { singular: 'Teach-back answer', plural: 'Teach-back answers' },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'link', type: 'relationship', relationTo: 'share-links', required: true, index: true },
    { name: 'handout', type: 'relationship', relationTo: 'handouts', required: true, index: true },
    /** The topic the question belongs to: reviewers see which of its questions patients miss most (counts only). */
    { name: 'topic', type: 'relationship', relationTo: 'topics', index: true },
    /** The question's row id in its topic (and in the handout's snapshot). */
    { name: 'questionId', type: 'text', required: true, index: true },
    /** Block id of the section the question checks: the one to re-teach when it is missed. */
    { name: 'checksSection', type: 'text', required: true },
    /** The option id chosen, or 'true' / 'false'. */
    { name: 'answer', type: 'text', required: true },
    { name: 'correct', type: 'checkbox', required: true },
  ],
}
