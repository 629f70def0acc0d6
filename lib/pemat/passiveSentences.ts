/**
 * A deliberately small passive-voice signal for PEMAT-P item 5: a form of
 * "to be" followed (after at most an adverb or "not") by a past participle.
 * It misses "get"-passives and catches a few adjectives; the suggestion it
 * feeds is one a reviewer confirms, so simple and predictable beats clever.
 */

const IRREGULAR_PARTICIPLES = [
  'born',
  'bought',
  'brought',
  'built',
  'caught',
  'chosen',
  'done',
  'drawn',
  'driven',
  'eaten',
  'fallen',
  'felt',
  'found',
  'forgotten',
  'given',
  'gone',
  'held',
  'hidden',
  'hit',
  'hurt',
  'kept',
  'known',
  'laid',
  'left',
  'lost',
  'made',
  'meant',
  'paid',
  'put',
  'read',
  'seen',
  'sent',
  'set',
  'shown',
  'shut',
  'sold',
  'spent',
  'spoken',
  'stolen',
  'taken',
  'taught',
  'thought',
  'told',
  'torn',
  'understood',
  'woken',
  'worn',
  'written',
]

/** Words ending in -ed that describe a state, not an action done to someone ("you are tired"). */
const STATE_ADJECTIVES = new Set([
  'tired',
  'worried',
  'scared',
  'excited',
  'interested',
  'pleased',
  'concerned',
  'relaxed',
  'bored',
  'surprised',
  'confused',
  'used',
  'supposed',
  'married',
  'ashamed',
  'annoyed',
  'stressed',
  'embarrassed',
  'frightened',
  'upset',
])

const PASSIVE = new RegExp(
  String.raw`\b(?:am|is|are|was|were|be|been|being|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\s+(?:(?:not|\w+ly)\s+)?(\w+ed|${IRREGULAR_PARTICIPLES.join('|')})\b`,
  'iu',
)

export function isPassiveSentence(sentence: string): boolean {
  const match = PASSIVE.exec(sentence)
  if (!match) return false
  return !STATE_ADJECTIVES.has(match[1]!.toLowerCase())
}
