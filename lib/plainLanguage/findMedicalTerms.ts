import { PLAIN_LANGUAGE_TERMS, type PlainLanguageEntry } from './plainLanguageTerms'

export interface MedicalTermHit {
  /** The list's term ("hypertension"), also when the text used another form. */
  term: string
  /** What to say instead. */
  plain: string
  /** The words as written the first time they appear ("Hypertensive"). */
  asWritten: string
  /** How many times the term appears, in any of its forms. */
  count: number
}

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
}

/**
 * One pattern for a whole word list, longest phrases first so that "deep vein
 * thrombosis" wins over "thrombosis" where both start. A space in a term
 * matches any run of whitespace, since editors' text wraps and doubles spaces.
 * Letters or digits on either side mean the match is part of a longer word.
 */
function compileTermPattern(entries: readonly PlainLanguageEntry[]): { pattern: RegExp; entryByForm: Map<string, PlainLanguageEntry> } {
  const entryByForm = new Map<string, PlainLanguageEntry>()
  for (const entry of entries) {
    for (const form of [entry.term, ...(entry.forms ?? [])]) entryByForm.set(normalizeForm(form), entry)
  }
  const alternatives = [...entryByForm.keys()].sort((a, b) => b.length - a.length).map((form) => escapeForRegExp(form).replace(/ /gu, '\\s+'))
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu'), entryByForm }
}

function normalizeForm(text: string): string {
  return text.toLowerCase().replace(/\s+/gu, ' ').replace(/’/gu, "'")
}

const DEFAULT_PATTERN = compileTermPattern(PLAIN_LANGUAGE_TERMS)

/**
 * The listed medical terms in a text, each once with its plain alternative,
 * in order of first appearance. A hint for the editor, not a rule: some terms
 * are right in context (a topic about arthritis says "arthritis").
 */
export function findMedicalTerms(passages: readonly string[], entries?: readonly PlainLanguageEntry[]): MedicalTermHit[] {
  const { pattern, entryByForm } = entries ? compileTermPattern(entries) : DEFAULT_PATTERN
  const hits = new Map<string, MedicalTermHit>()
  for (const passage of passages) {
    for (const match of passage.matchAll(pattern)) {
      const entry = entryByForm.get(normalizeForm(match[0]))
      if (!entry) continue
      const hit = hits.get(entry.term)
      if (hit) hit.count += 1
      else hits.set(entry.term, { term: entry.term, plain: entry.plain, asWritten: match[0].replace(/\s+/gu, ' '), count: 1 })
    }
  }
  return [...hits.values()]
}
