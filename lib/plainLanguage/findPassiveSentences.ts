import { splitSentences } from '@/lib/content/splitSentences'

/** Forms of "be" that build a passive ("is taken", "were given", "has been shown", "will be checked"), and the contractions of a pronoun with "is" or "are". */
const BE_FORMS = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', "it's", "that's", "he's", "she's", "who's", "what's", "there's", "you're", "we're", "they're"])

/**
 * Words that may stand between "be" and the participle ("is not recommended",
 * "are often given", "is also called"). Any word ending in -ly counts too.
 */
const INTERVENING_WORDS = new Set(['not', "n't", 'never', 'also', 'often', 'always', 'sometimes', 'usually', 'still', 'just', 'only', 'then', 'now', 'well', 'best', 'even', 'all', 'both', 'each', 'either', 'first', 'rarely', 'seldom', 'soon', 'already', 'ever'])

/** Irregular past participles of verbs that take an object, so can be passive after "be". */
const IRREGULAR_PARTICIPLES = new Set([
  'arisen', 'beaten', 'become', 'begun', 'bent', 'bitten', 'bled', 'blown', 'born', 'borne', 'bought', 'bound', 'broken', 'brought', 'built', 'burnt',
  'caught', 'chosen', 'cut', 'dealt', 'drawn', 'driven', 'drunk', 'dug', 'eaten', 'fed', 'felt', 'forbidden', 'forgiven', 'forgotten', 'found',
  'frozen', 'given', 'got', 'gotten', 'ground', 'grown', 'held', 'hidden', 'hit', 'hung', 'kept', 'known', 'laid', 'led', 'left', 'lent', 'let',
  'lit', 'made', 'meant', 'met', 'mistaken', 'overcome', 'overtaken', 'paid', 'proven', 'put', 'quit', 'read', 'rebuilt', 'ridden', 'rung',
  'said', 'seen', 'sent', 'sewn', 'shaken', 'shot', 'shown', 'shrunk', 'shut', 'slung', 'sold', 'sought', 'spent', 'split', 'spoken',
  'spread', 'sprung', 'stolen', 'struck', 'stuck', 'stung', 'sworn', 'swept', 'swung', 'taken', 'taught', 'thought', 'thrown', 'told', 'torn',
  'understood', 'undergone', 'undertaken', 'undone', 'upheld', 'withdrawn', 'withheld', 'woken', 'won', 'worn', 'wound', 'woven', 'written', 'wrung',
])

/**
 * Words after "be" that look like participles but describe a state or a
 * feeling, and are read as adjectives ("I am tired", "if you are worried"),
 * plus words that merely end in -ed ("is red", "bed rest"). Flagging these
 * would teach editors to ignore the signal.
 */
const ADJECTIVES_LIKE_PARTICIPLES = new Set([
  'tired', 'worried', 'scared', 'frightened', 'afraid', 'concerned', 'interested', 'excited', 'bored', 'pleased', 'satisfied', 'relieved', 'confused',
  'embarrassed', 'ashamed', 'surprised', 'annoyed', 'upset', 'stressed', 'relaxed', 'married', 'divorced', 'retired', 'experienced', 'qualified',
  'dehydrated', 'exhausted', 'swollen', 'bloated', 'constipated', 'depressed', 'sunburned', 'sunburnt', 'infected', 'inflamed', 'bruised', 'sprained',
  'twisted', 'blocked', 'limited', 'complicated', 'advanced', 'related', 'lost', 'done', 'finished', 'supposed', 'hurt', 'set', 'aged', 'crooked',
  'naked', 'wicked', 'rugged', 'ragged', 'sacred', 'beloved', 'wretched', 'kindred', 'hundred', 'shed',
])

const WORD = /[\p{L}][\p{L}'’]*/gu

function isParticiple(word: string): boolean {
  if (ADJECTIVES_LIKE_PARTICIPLES.has(word)) return false
  if (IRREGULAR_PARTICIPLES.has(word)) return true
  // Regular participles end in -ed; -eed words are mostly not verbs in -ed (need, proceed, speed), apart from a few.
  if (!/^[a-z]{2,}ed$/u.test(word)) return false
  if (word.endsWith('eed')) return ['agreed', 'freed', 'guaranteed', 'decreed', 'disagreed', 'refereed'].includes(word)
  return true
}

/**
 * Whether a sentence contains a passive verb (PEMAT-P item 5 asks for the
 * active voice): a form of "be", at most two
 * adverbs, then a past participle, regular (-ed) or irregular. A heuristic
 * like every style checker's: it cannot tell "the door was closed (by her)"
 * from "the shop was closed (all day)", so adjectives that read as states are
 * listed above and left out. A signal for the editor, not a rule.
 */
export function isPassiveSentence(sentence: string): boolean {
  const words = (sentence.match(WORD) ?? []).map((word) => word.toLowerCase().replace(/’/gu, "'"))
  for (let index = 0; index < words.length; index += 1) {
    if (!BE_FORMS.has(words[index]!)) continue
    for (let next = index + 1; next < Math.min(words.length, index + 4); next += 1) {
      const word = words[next]!
      if (isParticiple(word)) return true
      // "is being treated": look past "being" to the participle.
      if (word === 'being' || INTERVENING_WORDS.has(word) || /^[a-z]{3,}ly$/u.test(word)) continue
      break
    }
  }
  return false
}

/** The sentences of a section written in the passive voice, as written. */
export function findPassiveSentences(passages: readonly string[]): string[] {
  return passages.flatMap((passage) => splitSentences(passage.replace(/\s+/gu, ' ').trim())).filter(isPassiveSentence)
}
