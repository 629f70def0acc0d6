/**
 * The 24 items of PEMAT-P, the Patient Education Materials Assessment Tool
 * for printable materials, in the wording of AHRQ's User's Guide (Shoemaker,
 * Wolf, Brach; AHRQ 2013, updated 2020). Items 13 and 14 are for audiovisual
 * material only and are not part of PEMAT-P.
 */

export type PematDomain = 'understandability' | 'actionability'

export const PEMAT_DOMAINS: readonly PematDomain[] = ['understandability', 'actionability']

export const PEMAT_DOMAIN_LABELS: Record<PematDomain, string> = {
  understandability: 'Understandability',
  actionability: 'Actionability',
}

export const PEMAT_ITEM_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26] as const

export type PematItemNumber = (typeof PEMAT_ITEM_NUMBERS)[number]

export interface PematItem {
  number: PematItemNumber
  domain: PematDomain
  /** The guide's group heading ("Word Choice & Style"). */
  group: string
  /** The guide's own wording. */
  text: string
  /** When the guide allows N/A, the case it names ("No numbers"); absent where the rater must agree or disagree. */
  notApplicableWhen?: string
  /**
   * Needs a person's judgement: nothing in the topic's structure can decide it
   * (a visual-aid item becomes decidable only when there are no pictures).
   */
  judgement: boolean
}

export const PEMAT_P_ITEMS: readonly PematItem[] = [
  { number: 1, domain: 'understandability', group: 'Content', text: 'The material makes its purpose completely evident.', judgement: true },
  {
    number: 2,
    domain: 'understandability',
    group: 'Content',
    text: 'The material does not include information or content that distracts from its purpose.',
    judgement: true,
  },
  { number: 3, domain: 'understandability', group: 'Word Choice & Style', text: 'The material uses common, everyday language.', judgement: true },
  {
    number: 4,
    domain: 'understandability',
    group: 'Word Choice & Style',
    text: 'Medical terms are used only to familiarize audience with the terms. When used, medical terms are defined.',
    judgement: true,
  },
  { number: 5, domain: 'understandability', group: 'Word Choice & Style', text: 'The material uses the active voice.', judgement: false },
  {
    number: 6,
    domain: 'understandability',
    group: 'Use of Numbers',
    text: 'Numbers appearing in the material are clear and easy to understand.',
    notApplicableWhen: 'No numbers',
    judgement: false,
  },
  { number: 7, domain: 'understandability', group: 'Use of Numbers', text: 'The material does not expect the user to perform calculations.', judgement: true },
  {
    number: 8,
    domain: 'understandability',
    group: 'Organization',
    text: 'The material breaks or “chunks” information into short sections.',
    notApplicableWhen: 'Very short material',
    judgement: false,
  },
  {
    number: 9,
    domain: 'understandability',
    group: 'Organization',
    text: 'The material’s sections have informative headers.',
    notApplicableWhen: 'Very short material',
    judgement: false,
  },
  { number: 10, domain: 'understandability', group: 'Organization', text: 'The material presents information in a logical sequence.', judgement: true },
  {
    number: 11,
    domain: 'understandability',
    group: 'Organization',
    text: 'The material provides a summary.',
    notApplicableWhen: 'Very short material',
    judgement: false,
  },
  {
    number: 12,
    domain: 'understandability',
    group: 'Layout & Design',
    text: 'The material uses visual cues (e.g., arrows, boxes, bullets, bold, larger font, highlighting) to draw attention to key points.',
    judgement: false,
  },
  {
    number: 15,
    domain: 'understandability',
    group: 'Use of Visual Aids',
    text: 'The material uses visual aids whenever they could make content more easily understood (e.g., illustration of healthy portion size).',
    judgement: false,
  },
  {
    number: 16,
    domain: 'understandability',
    group: 'Use of Visual Aids',
    text: 'The material’s visual aids reinforce rather than distract from the content.',
    notApplicableWhen: 'No visual aids',
    judgement: true,
  },
  {
    number: 17,
    domain: 'understandability',
    group: 'Use of Visual Aids',
    text: 'The material’s visual aids have clear titles or captions.',
    notApplicableWhen: 'No visual aids',
    judgement: false,
  },
  {
    number: 18,
    domain: 'understandability',
    group: 'Use of Visual Aids',
    text: 'The material uses illustrations and photographs that are clear and uncluttered.',
    notApplicableWhen: 'No visual aids',
    judgement: true,
  },
  {
    number: 19,
    domain: 'understandability',
    group: 'Use of Visual Aids',
    text: 'The material uses simple tables with short and clear row and column headings.',
    notApplicableWhen: 'No tables',
    judgement: false,
  },
  {
    number: 20,
    domain: 'actionability',
    group: 'Actionability',
    text: 'The material clearly identifies at least one action the user can take.',
    judgement: false,
  },
  { number: 21, domain: 'actionability', group: 'Actionability', text: 'The material addresses the user directly when describing actions.', judgement: false },
  {
    number: 22,
    domain: 'actionability',
    group: 'Actionability',
    text: 'The material breaks down any action into manageable, explicit steps.',
    judgement: false,
  },
  {
    number: 23,
    domain: 'actionability',
    group: 'Actionability',
    text: 'The material provides a tangible tool (e.g., menu planners, checklists) whenever it could help the user take action.',
    judgement: false,
  },
  {
    number: 24,
    domain: 'actionability',
    group: 'Actionability',
    text: 'The material provides simple instructions or examples of how to perform calculations.',
    notApplicableWhen: 'No calculations',
    judgement: false,
  },
  {
    number: 25,
    domain: 'actionability',
    group: 'Actionability',
    text: 'The material explains how to use the charts, graphs, tables, or diagrams to take actions.',
    notApplicableWhen: 'No charts, graphs, tables, or diagrams',
    judgement: false,
  },
  {
    number: 26,
    domain: 'actionability',
    group: 'Actionability',
    text: 'The material uses visual aids whenever they could make it easier to act on the instructions (e.g., illustration of how to use an inhaler).',
    judgement: false,
  },
]

const ITEM_BY_NUMBER = new Map<number, PematItem>(PEMAT_P_ITEMS.map((item) => [item.number, item]))

export function pematItem(number: PematItemNumber): PematItem {
  return ITEM_BY_NUMBER.get(number)!
}

export function isPematItemNumber(value: unknown): value is PematItemNumber {
  return typeof value === 'number' && ITEM_BY_NUMBER.has(value)
}

/** The guide's threshold in much of the literature: below 70 % a material is poorly understandable or actionable. */
export const PEMAT_THRESHOLD_PERCENT = 70
