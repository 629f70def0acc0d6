/**
 * Spanish syllable count by the orthographic conventions of the Real
 * Academia Española (Ortografía de la lengua española, 2010, § 2.2.2 on
 * diphthongs, triphthongs and hiatuses). Spanish spelling shows its syllables,
 * so unlike English (countSyllables.ts) no exception list is needed: a
 * syllable is a vowel nucleus, and the only question is which neighbouring
 * vowels share one. The RAE fixes that by convention, whatever a speaker's
 * actual pronunciation:
 *
 * - the open vowels a, e, o (accented or not) each make their own syllable:
 *   two of them side by side are a hiatus (a-é-re-o, po-e-ta, le-er);
 * - an unaccented closed vowel i, u, ü (and y at the end of a syllable: hoy,
 *   muy, buey) joins a neighbouring vowel: diphthongs (cue-llo, sua-vi-dad,
 *   reu-nir) and triphthongs closed–open–closed (buey, a-ve-ri-guáis);
 * - two different closed vowels always form a diphthong (ciu-dad, rui-do,
 *   cuí-da-te), which is why "guion", "hui" and "fluir" have one syllable since
 *   the 2010 rules;
 * - an accented í or ú next to an open vowel is a hiatus (dí-a, pa-ís, rí-o,
 *   ba-úl), and identical vowels never share a syllable (chi-i-ta, al-co-hol);
 * - the u of "que, qui" and of "gue, gui" is silent (que, gui-so, guion), but
 *   ü is pronounced (pin-güi-no) and so is the u of "gua, guo" (a-gua);
 * - an h between vowels is silent and changes nothing (ahu-ma-do, a-hí, bú-ho);
 * - y before a vowel is a consonant (ma-yo, re-yes, yo).
 *
 * Words that contain letters but no vowel (abbreviations such as "mg", "Sr")
 * count as one syllable, like the English counter. Digits are not letters and
 * are ignored here; the analyzer does not count numerals as words at all.
 * A hyphenated compound is the sum of its parts (his-pa-no-á-ra-be).
 */

interface Vowel {
  /** a, e, i, o or u; y read as a vowel is i, ü is u. */
  base: string
  /** An open vowel, or a closed vowel carrying the written accent (í, ú): the vowel a syllable is built on, never shared with another. */
  peak: boolean
}

interface Letter {
  base: string
  acute: boolean
  diaeresis: boolean
}

const VOWEL_LETTERS = new Set(['a', 'e', 'i', 'o', 'u'])
const OPEN_VOWELS = new Set(['a', 'e', 'o'])

/**
 * Letters without their diacritics, remembering the acute accent and the
 * diaeresis, which are the marks Spanish syllabification depends on. Other
 * marks (ñ's tilde, the grave accent of loanwords) are dropped. Anything that
 * is not a letter (apostrophes, digits) is left out.
 */
function lettersOf(word: string): Letter[] {
  const letters: Letter[] = []
  for (const char of word.toLowerCase().normalize('NFD')) {
    if (/\p{M}/u.test(char)) {
      const previous = letters.at(-1)
      if (previous && char === '\u0301') previous.acute = true
      if (previous && char === '\u0308') previous.diaeresis = true
    } else if (/\p{L}/u.test(char)) {
      letters.push({ base: char, acute: false, diaeresis: false })
    }
  }
  return letters
}

function isVowelLetter(letter: Letter | undefined): boolean {
  return letter !== undefined && VOWEL_LETTERS.has(letter.base)
}

/** The u of "que, qui, gue, gui": spelling only, not a sound. */
function isSilentU(letters: readonly Letter[], index: number): boolean {
  const letter = letters[index]!
  if (letter.base !== 'u' || letter.diaeresis) return false
  const previous = letters[index - 1]?.base
  if (previous === 'q') return true
  const next = letters[index + 1]?.base
  return previous === 'g' && (next === 'e' || next === 'i')
}

/** The vowel a letter stands for at this position, or null for a consonant or a silent letter. */
function vowelAt(letters: readonly Letter[], index: number): Vowel | null {
  const letter = letters[index]!
  if (letter.base === 'y') {
    // "y" is a vowel only when no vowel follows: hoy, muy, rey, the word "y"; otherwise a consonant (yo, mayo, reyes).
    return isVowelLetter(letters[index + 1]) ? null : { base: 'i', peak: false }
  }
  if (!VOWEL_LETTERS.has(letter.base) || isSilentU(letters, index)) return null
  return { base: letter.base, peak: OPEN_VOWELS.has(letter.base) || letter.acute }
}

/**
 * Sequences of adjacent vowels ("ue" in cuello, "uái" in averiguáis). A silent
 * u is skipped without ending a sequence (it always stands after q or g), and
 * so is an h between two vowels, which the RAE says neither makes nor breaks a
 * diphthong (ahu-ma-do, bú-ho).
 */
function vowelSequences(letters: readonly Letter[]): Vowel[][] {
  const sequences: Vowel[][] = []
  let current: Vowel[] = []
  letters.forEach((letter, index) => {
    const vowel = vowelAt(letters, index)
    if (vowel) {
      current.push(vowel)
      return
    }
    if (isSilentU(letters, index)) return
    if (letter.base === 'h' && current.length > 0 && vowelAt(letters, index + 1)) return
    if (current.length > 0) sequences.push(current)
    current = []
  })
  if (current.length > 0) sequences.push(current)
  return sequences
}

/**
 * Whether these adjacent vowels can share one syllable: a single vowel; two
 * vowels with at most one peak (diphthong: open + unaccented closed either
 * way, two different closed vowels, or an accented closed vowel with an
 * unaccented one, as in cuí-da-te); or closed + open + closed (triphthong).
 * Identical neighbours never share one (le-er, chi-i-ta).
 */
function sharesOneSyllable(vowels: readonly Vowel[]): boolean {
  for (let index = 1; index < vowels.length; index += 1) {
    if (vowels[index]!.base === vowels[index - 1]!.base) return false
  }
  const peaks = vowels.filter((vowel) => vowel.peak).length
  if (vowels.length === 1) return true
  if (vowels.length === 2) return peaks <= 1
  return vowels.length === 3 && peaks === 1 && vowels[1]!.peak
}

/**
 * The fewest syllables a vowel sequence splits into. The RAE treats every
 * possible diphthong or triphthong as one, so the fewest is the count; this
 * also settles open–closed–open sequences that only an intervening h makes
 * possible (ca-ca-hue-te, re-huir), where either split gives two.
 */
function syllablesInSequence(vowels: readonly Vowel[]): number {
  const fewest: number[] = [0]
  for (let end = 1; end <= vowels.length; end += 1) {
    fewest[end] = Number.POSITIVE_INFINITY
    for (let size = 1; size <= Math.min(3, end); size += 1) {
      if (sharesOneSyllable(vowels.slice(end - size, end))) fewest[end] = Math.min(fewest[end]!, fewest[end - size]! + 1)
    }
  }
  return fewest[vowels.length]!
}

function syllablesInWord(word: string): number {
  const letters = lettersOf(word)
  if (letters.length === 0) return 0
  const syllables = vowelSequences(letters).reduce((total, sequence) => total + syllablesInSequence(sequence), 0)
  return Math.max(1, syllables)
}

export function countSpanishSyllables(rawWord: string): number {
  return rawWord.split(/[-‐‑]/u).reduce((total, part) => total + syllablesInWord(part), 0)
}
