/**
 * Where one language's translation of a topic stands. Each language is
 * reviewed on its own: only an approved translation reaches a patient.
 */
export const TRANSLATION_STATUSES = [
  { value: 'not-started', label: 'Not started' },
  { value: 'draft', label: 'Draft' },
  // From a publisher's file or another clinic's pack: text nobody here has reviewed, handled as a draft everywhere.
  { value: 'imported', label: 'Imported — needs review' },
  { value: 'in-review', label: 'In review' },
  { value: 'approved', label: 'Approved' },
] as const
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number]['value']

/**
 * Who made the text. A machine draft stays labelled as one in the topic's
 * history, and is approved only after a reviewer's recorded side-by-side
 * review (studies found up to 8 % of machine-translated discharge
 * instructions could cause harm).
 */
export const TRANSLATION_SOURCES = [
  { value: 'human', label: 'Human translator' },
  { value: 'machine', label: 'Machine draft' },
] as const
export type TranslationSource = (typeof TRANSLATION_SOURCES)[number]['value']

/** Server code sets the status and the review stamps through this Local API context flag (see access/setByServerCode). */
export const TRANSLATION_CONTEXT = 'careleafTranslationWorkflow'

/** Statuses an editor may submit for review and a reviewer may approve: text not yet reviewed here. */
export const UNREVIEWED_TRANSLATION_STATUSES: ReadonlySet<string> = new Set<TranslationStatus>(['draft', 'imported'])
