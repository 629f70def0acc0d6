import { isPematItemNumber, pematItem, type PematItemNumber } from './pematItems'

export type PematAnswer = 'agree' | 'disagree' | 'na'

export const PEMAT_ANSWERS: readonly PematAnswer[] = ['agree', 'disagree', 'na']

export const PEMAT_ANSWER_LABELS: Record<PematAnswer, string> = { agree: 'Agree', disagree: 'Disagree', na: 'N/A' }

export interface PematItemAnswer {
  answer: PematAnswer
  /** Why the reviewer answered so. */
  note?: string
}

/** What `topics.pemat` stores: the reviewer's own answers, keyed by item number. */
export interface PematRating {
  answers: Partial<Record<`${PematItemNumber}`, PematItemAnswer>>
  /** The reviewer who last changed an answer (set by the server). */
  ratedBy?: number | null
  /** When an answer last changed (set by the server). */
  ratedAt?: string | null
}

export const PEMAT_NOTE_MAX_LENGTH = 1000

export type ParsedPematRating = { ok: true; rating: PematRating | null } | { ok: false; error: string }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Reads a stored or submitted `pemat` value, refusing anything but the shape
 * above with a sentence a person can act on. N/A is refused where the guide
 * does not allow it, so a score can never leave out an item the guide counts.
 */
export function parsePematRating(value: unknown): ParsedPematRating {
  if (value === null || value === undefined) return { ok: true, rating: null }
  if (!isRecord(value)) return { ok: false, error: 'PEMAT-P rating must be an object with “answers”.' }
  const unknownKeys = Object.keys(value).filter((key) => !['answers', 'ratedBy', 'ratedAt'].includes(key))
  if (unknownKeys.length > 0) return { ok: false, error: `PEMAT-P rating has unknown fields: ${unknownKeys.join(', ')}.` }
  if (!isRecord(value.answers)) return { ok: false, error: 'PEMAT-P rating must have “answers”, an object keyed by item number.' }
  if (value.ratedBy !== undefined && value.ratedBy !== null && !(typeof value.ratedBy === 'number' && Number.isInteger(value.ratedBy))) {
    return { ok: false, error: 'PEMAT-P “ratedBy” must be a user id.' }
  }
  if (value.ratedAt !== undefined && value.ratedAt !== null && !(typeof value.ratedAt === 'string' && !Number.isNaN(Date.parse(value.ratedAt)))) {
    return { ok: false, error: 'PEMAT-P “ratedAt” must be a date.' }
  }

  const answers: PematRating['answers'] = {}
  for (const [key, entry] of Object.entries(value.answers)) {
    const number = /^\d{1,2}$/.test(key) ? Number(key) : NaN
    if (!isPematItemNumber(number)) return { ok: false, error: `PEMAT-P has no item “${key}” for printable materials (items 1–12 and 15–26).` }
    if (!isRecord(entry) || typeof entry.answer !== 'string' || !PEMAT_ANSWERS.includes(entry.answer as PematAnswer)) {
      return { ok: false, error: `PEMAT-P item ${number}: the answer must be “agree”, “disagree” or “na”.` }
    }
    const answer = entry.answer as PematAnswer
    if (answer === 'na' && !pematItem(number).notApplicableWhen) {
      return { ok: false, error: `PEMAT-P item ${number} cannot be N/A: the guide asks for agree or disagree.` }
    }
    const extra = Object.keys(entry).filter((field) => field !== 'answer' && field !== 'note')
    if (extra.length > 0) return { ok: false, error: `PEMAT-P item ${number} has unknown fields: ${extra.join(', ')}.` }
    if (entry.note !== undefined && entry.note !== null && typeof entry.note !== 'string')
      return { ok: false, error: `PEMAT-P item ${number}: the note must be text.` }
    const note = typeof entry.note === 'string' ? entry.note.trim() : ''
    if (note.length > PEMAT_NOTE_MAX_LENGTH) return { ok: false, error: `PEMAT-P item ${number}: the note is longer than ${PEMAT_NOTE_MAX_LENGTH} characters.` }
    answers[`${number}`] = note ? { answer, note } : { answer }
  }
  return {
    ok: true,
    rating: {
      answers,
      ...(value.ratedBy !== undefined ? { ratedBy: value.ratedBy as number | null } : {}),
      ...(value.ratedAt !== undefined ? { ratedAt: value.ratedAt as string | null } : {}),
    },
  }
}

/** Payload field validation for `topics.pemat`: true, or the reason the value is refused (a 400 over REST). */
export function validatePematRating(value: unknown): true | string {
  const parsed = parsePematRating(value)
  return parsed.ok ? true : parsed.error
}

/** The same answers, ignoring notes' whitespace and key order: whether a save changed the rating. */
export function samePematAnswers(a: PematRating['answers'] | undefined, b: PematRating['answers'] | undefined): boolean {
  const entries = (answers: PematRating['answers'] | undefined) =>
    JSON.stringify(
      Object.entries(answers ?? {})
        .filter(([, entry]) => entry)
        .map(([key, entry]) => [Number(key), entry!.answer, entry!.note ?? ''])
        .sort((x, y) => (x[0] as number) - (y[0] as number)),
    )
  return entries(a) === entries(b)
}
