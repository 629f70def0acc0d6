import { splitSentences } from './splitSentences'

export interface PromotionalSentence {
  sentence: string
  reason: string
}

/*
 * Why a heuristic, and which one
 * ------------------------------
 * Imported articles sometimes carry paid plugs ("…notably Pain O Soma 350.
 * These medications can be obtained from Medicationplace."). A patient handout
 * must never point at a drug brand or a seller, so we flag sentences and the
 * importer drops them and lists them for an editor to review.
 *
 * Ordinary self-care advice also talks about buying things ("buy a firm
 * mattress", "purchasing a supportive pillow may help"). That is not
 * promotion, and dropping it would damage the handout, so purchase wording
 * alone is never enough. A sentence is flagged only when something
 * commercial is *named* or medication is being sold:
 *
 *  1. a brand-style product with a dosage strength ("Pain O Soma 350",
 *     "Somadol 500 mg") in a sentence that recommends it;
 *  2. purchase wording ("obtained from", "buy", "order online", "available
 *     at", "purchase from", …) followed by a named seller: a capitalised name
 *     or a web address ("from Medicationplace", "at example-pharmacy.com");
 *  3. purchase wording together with a brand-style product;
 *  4. purchase wording plus "online" about medication ("buy these tablets
 *     online"), which is unsafe advice whoever the seller is;
 *  5. a sentence that refers back ("These medications can be obtained…",
 *     "They are available at…") with purchase wording, right after a sentence
 *     flagged above: it only makes sense as part of the same plug.
 *
 * Generic clinical sources ("from your doctor", "at most pharmacies") are
 * lower-case and so are not read as named sellers. Known false positives are
 * acceptable because every flagged sentence is reported, not silently lost;
 * a false negative would publish an advert.
 */

/** Wording that sends the reader somewhere to get something. */
const PURCHASE_WORDING =
  /\b(?:obtain(?:ed|able)?|buy(?:ing)?|bought|purchas(?:e|ed|es|ing)|(?<!\bin\s)order(?:ed|ing)?\b(?=[^.!?]*\b(?:online|from|via|through)\b)|available\s+(?:at|from|on|through)|sold\s+(?:at|by|on|through)|stocked\s+(?:at|by)|shop\s+(?:at|with)|get\s+(?:it|them|these|this|yours)\s+(?:at|from|on))\b/iu

/** Words that recommend or praise what the sentence names. */
const RECOMMENDATION_WORDING =
  /\b(?:recommend\w*|suggest\w*|advis\w*|try|take|taking|use|using|effective(?:ly)?|alleviat\w*|reliev\w*|relief|treat\w*|help\w*|best|notably|especially|ideal|works?|cures?|cured|eases?|eased)\b/iu

/** Says that the thing on offer is a medicine. */
const MEDICATION_WORDING =
  /\b(?:medications?|medicines?|drugs?|pills?|tablets?|capsules?|painkillers?|relaxants?|analgesics?|opioids?|prescriptions?|doses?|ibuprofen|paracetamol|acetaminophen|naproxen|aspirin|carisoprodol|tramadol|codeine|\d+\s?mg)\b/iu

const ONLINE_WORDING = /\b(?:online|on the internet|website|web shop|webshop)\b/iu

const WEB_ADDRESS =
  /(?:https?:\/\/|www\.)\S+|\b[\p{L}\p{N}-]+\.(?:com|net|org|shop|store|biz|info|co\.uk|io|pharmacy)\b/iu

/** A sentence that opens by pointing back at what the previous one named. */
const REFERS_BACK = /^["“‘(]?(?:these|those|they|them|this|it|both|each|such)\b/iu

/**
 * Capitalised words that commonly sit right before a number, or after
 * "from"/"at", without being a brand or seller: "Vitamin D 1000", "Step 2",
 * "March 2024", "from Dr Patel", "available from the NHS".
 */
// Lower case: callers compare lower-cased words.
const NOT_A_BRAND_OR_SELLER = new Set([
  'vitamin', 'omega', 'section', 'chapter', 'table', 'figure', 'fig', 'step', 'page', 'level', 'type', 'stage',
  'grade', 'class', 'room', 'ward', 'floor', 'suite', 'unit', 'part', 'phase', 'appendix', 'age', 'ages', 'aged',
  'adults', 'children', 'patients', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'covid',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'dr', 'doctor', 'gp', 'nhs', 'medicare', 'medicaid', 'i',
])

/**
 * One to four capitalised words followed by a 2-4 digit strength and an
 * optional unit: "Pain O Soma 350", "Somadol 500 mg". Units are spelled out in
 * both cases because an `i` flag would also make \p{Lu} match lower case.
 */
const BRAND_WITH_STRENGTH =
  /((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s+(\d{2,4}(?:\.\d+)?)(?:\s*([mM][gG]|[mM][cC][gG]|µg|g|[mM][lL]|[iI][uU])\b)?/gu

/**
 * Lists the sentences of `text` that promote a medication brand or point the
 * reader to a named seller, each with the reason it was flagged.
 */
export function findPromotionalContent(text: string): PromotionalSentence[] {
  const sentences = splitSentences(text.replace(/\s+/gu, ' ').trim())
  const flagged: PromotionalSentence[] = []
  let previousWasFlagged = false

  for (const sentence of sentences) {
    const reasons: string[] = []
    const brands = findBrandsWithStrength(sentence)
    const quotedBrands = brands.map((brand) => `"${brand}"`).join(', ')
    const purchase = PURCHASE_WORDING.exec(sentence)

    if (brands.length > 0 && RECOMMENDATION_WORDING.test(sentence)) {
      reasons.push(`recommends a brand-name product with a dosage strength (${quotedBrands})`)
    }
    if (purchase) {
      const seller = findNamedSeller(sentence, purchase.index + purchase[0].length)
      if (seller) reasons.push(`tells readers to get it from a named seller ("${seller}")`)
      else if (brands.length > 0) reasons.push(`tells readers where to get a brand-name product (${quotedBrands})`)
      else if (ONLINE_WORDING.test(sentence) && MEDICATION_WORDING.test(sentence)) {
        reasons.push('tells readers to buy medication online')
      }
      if (previousWasFlagged && REFERS_BACK.test(sentence)) {
        reasons.push('tells readers where to get the product promoted in the previous sentence')
      }
    }

    previousWasFlagged = reasons.length > 0
    if (previousWasFlagged) flagged.push({ sentence, reason: reasons.join('; ') })
  }
  return flagged
}

function findBrandsWithStrength(sentence: string): string[] {
  const brands: string[] = []
  for (const match of sentence.matchAll(BRAND_WITH_STRENGTH)) {
    const [, nameText = '', strength = '', unit] = match
    let nameWords = nameText.split(/\s+/u)
    // Every sentence starts with a capital, so the first word of a sentence
    // ("Take 50 mg…") says nothing about being a name.
    if (match.index === 0) nameWords = nameWords.slice(1)
    if (nameWords.length === 0) continue
    if (nameWords.some((word) => NOT_A_BRAND_OR_SELLER.has(word.toLowerCase()))) continue
    // "In 2023" or "Since 1990" is a year, not a strength.
    if (!unit && /^(?:19|20)\d\d$/u.test(strength)) continue
    brands.push([...nameWords, strength, ...(unit ? [unit] : [])].join(' '))
  }
  return brands
}

/**
 * The seller named right after the purchase wording: a web address anywhere in
 * the sentence, or a run of capitalised words before the next clause break.
 * Lower-case places ("from your pharmacist", "at most pharmacies") are not
 * sellers being advertised.
 */
function findNamedSeller(sentence: string, afterIndex: number): string | undefined {
  const webAddress = WEB_ADDRESS.exec(sentence)
  if (webAddress) return webAddress[0].replace(/[.,;:!?)]+$/u, '')

  const clause = sentence.slice(afterIndex).split(/[,;:()]/u)[0] ?? ''
  const words = clause.trim().split(/\s+/u).slice(0, 8)
  const nameWords: string[] = []
  for (const rawWord of words) {
    const word = rawWord.replace(/^["“‘(]+|["”’).!?]+$/gu, '')
    if (/^\p{Lu}/u.test(word)) {
      // "from Dr Patel's clinic", "from the NHS": a clinical source, not a shop.
      if (NOT_A_BRAND_OR_SELLER.has(word.replace(/['’]s$/u, '').toLowerCase())) break
      nameWords.push(word)
    } else if (nameWords.length > 0) {
      break
    }
  }
  return nameWords.length > 0 ? nameWords.join(' ') : undefined
}
