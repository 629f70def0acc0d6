import { describe, expect, it } from 'vitest'

import { isLocale, SOURCE_LOCALE } from '@/lib/i18n/locales'

import * as extras from './upperBackPainExtras'
import * as illustrations from './upperBackPainIllustrations'
import * as plainLanguage from './upperBackPainPlainLanguage'
import * as spanish from './upperBackPainSpanish'

/** English constants the seed writes that get no Spanish twin, and why. */
const NOT_TRANSLATED: Record<string, string> = {
  UPPER_BACK_PAIN_CODES: 'the ICD-10-CM code and its official English description, for staff and search',
  UPPER_BACK_PAIN_SOURCES: 'citations of English-language pages, cited as published',
}
/** Search terms in each language, not translations of each other: compared by content, not item by item. */
const OWN_LISTS = new Set(['UPPER_BACK_PAIN_KEYWORDS'])
/** Spanish constants whose English is not a constant of its own (the title is written in seedDemoContent.ts). */
const SPANISH_ONLY = new Set(['ES_UPPER_BACK_PAIN_TITLE', 'ES_UPPER_BACK_PAIN_TRANSLATION_PROVENANCE'])
/** Data, not text: the Spanish may leave these out (its type says which it must keep), and must not change them. */
const DATA_KEYS = new Set(['tier', 'watchDays', 'slug', 'kind', 'svgFile', 'fileName', 'checks', 'correct', 'trueFalseAnswer'])

const english: Record<string, unknown> = Object.fromEntries(
  Object.entries({ ...plainLanguage, ...extras, ...illustrations }).filter(([name, value]) => typeof value !== 'function' && !(name in NOT_TRANSLATED)),
)
const spanishByName: Record<string, unknown> = { ...spanish }

interface TextPair {
  path: string
  english: string
  spanish: string
}

/** Walks the English and Spanish side by side: every English string needs a Spanish one in the same place, every list the same length. */
function alignTexts(englishValue: unknown, spanishValue: unknown, path: string, pairs: TextPair[], problems: string[]): void {
  if (typeof englishValue === 'string') {
    if (typeof spanishValue === 'string') pairs.push({ path, english: englishValue, spanish: spanishValue })
    else problems.push(`${path}: no Spanish text`)
  } else if (Array.isArray(englishValue)) {
    if (!Array.isArray(spanishValue) || spanishValue.length !== englishValue.length) {
      problems.push(`${path}: ${englishValue.length} English items, ${Array.isArray(spanishValue) ? spanishValue.length : 'no'} Spanish`)
      return
    }
    englishValue.forEach((item, index) => alignTexts(item, spanishValue[index], `${path}[${index}]`, pairs, problems))
  } else if (englishValue !== null && typeof englishValue === 'object') {
    if (spanishValue === null || typeof spanishValue !== 'object') {
      problems.push(`${path}: no Spanish`)
      return
    }
    const spanishFields = spanishValue as Record<string, unknown>
    for (const key of Object.keys(spanishFields)) if (!(key in englishValue)) problems.push(`${path}.${key}: not in the English`)
    for (const [key, value] of Object.entries(englishValue)) {
      if (DATA_KEYS.has(key)) {
        if (key in spanishFields && spanishFields[key] !== value)
          problems.push(`${path}.${key}: ${String(spanishFields[key])} in Spanish, ${String(value)} in English`)
      } else {
        alignTexts(value, spanishFields[key], `${path}.${key}`, pairs, problems)
      }
    }
  } else if (englishValue !== spanishValue) {
    problems.push(`${path}: ${String(spanishValue)} in Spanish, ${String(englishValue)} in English`)
  }
}

function alignAll(): { pairs: TextPair[]; problems: string[] } {
  const pairs: TextPair[] = []
  const problems: string[] = []
  for (const [name, value] of Object.entries(english)) {
    if (!OWN_LISTS.has(name)) alignTexts(value, spanishByName[`ES_${name}`], name, pairs, problems)
  }
  return { pairs, problems }
}

const numbersIn = (text: string) => (text.match(/\d+/g) ?? []).sort()
const closingPunctuation = (text: string) => /[.!?…:]$/u.exec(text)?.[0] ?? ''
const count = (text: string, character: string) => text.split(character).length - 1

describe('the seeded topic’s Spanish text', () => {
  it('has a Spanish twin for every English constant the seed publishes to patients, and nothing else', () => {
    expect(Object.keys(english).map((name) => `ES_${name}`)).toEqual(
      expect.arrayContaining(Object.keys(spanishByName).filter((name) => !SPANISH_ONLY.has(name))),
    )
    for (const name of Object.keys(english)) expect(spanishByName, `ES_${name}`).toHaveProperty(`ES_${name}`)
  })

  it('matches the English item by item: same sections, paragraphs, steps, tips, plan actions and signs, in the same order', () => {
    const { pairs, problems } = alignAll()
    expect(problems).toEqual([])
    expect(pairs.length).toBeGreaterThan(60)
  })

  it('keeps every number of the English (911, counts, days) in the same string', () => {
    const mismatches = alignAll()
      .pairs.filter((pair) => numbersIn(pair.english).join() !== numbersIn(pair.spanish).join())
      .map((pair) => `${pair.path}: “${pair.spanish}”`)
    expect(mismatches).toEqual([])
  })

  it('is written out: not empty, not left in English, closed as the English is, with opening ¿ and ¡', () => {
    const problems = alignAll().pairs.flatMap(({ path, english: en, spanish: es }) => [
      ...(es.trim() === '' || es !== es.trim() || es.includes('  ') ? [`${path}: blank or stray spaces`] : []),
      ...(es === en ? [`${path}: still English`] : []),
      ...(closingPunctuation(es) !== closingPunctuation(en) ? [`${path}: ends “${closingPunctuation(es)}”, English “${closingPunctuation(en)}”`] : []),
      ...(count(es, '¿') !== count(es, '?') || count(es, '¡') !== count(es, '!') ? [`${path}: unbalanced ¿? or ¡!`] : []),
    ])
    expect(problems).toEqual([])
  })

  it('keeps each warning sign’s tier, and gives a reason exactly where the English does', () => {
    const englishSigns = extras.UPPER_BACK_PAIN_WARNING_SIGNS.signs
    const spanishSigns = spanish.ES_UPPER_BACK_PAIN_WARNING_SIGNS.signs
    expect(spanishSigns.map((sign) => sign.tier)).toEqual(englishSigns.map((sign) => sign.tier))
    expect(spanishSigns.map((sign) => Boolean(sign.reason))).toEqual(englishSigns.map((sign) => Boolean(sign.reason)))
  })

  it('names the categories for the same slugs, in the same order', () => {
    expect(spanish.ES_UPPER_BACK_PAIN_CATEGORIES.map((category) => category.slug)).toEqual(extras.UPPER_BACK_PAIN_CATEGORIES.map((category) => category.slug))
  })

  it('offers the search terms Spanish-speaking patients use, each once, and never "dolor torácico" (chest pain in Spanish)', () => {
    const keywords = spanish.ES_UPPER_BACK_PAIN_KEYWORDS
    expect(keywords).toEqual(expect.arrayContaining(['dolor de espalda', 'dolor de espalda alta', 'dolor de espalda al dormir', 'espalda', 'columna']))
    expect(new Set(keywords).size).toBe(keywords.length)
    for (const keyword of keywords) expect(keyword).toBe(keyword.toLocaleLowerCase('es'))
    expect(keywords.filter((keyword) => keyword.includes('torácic'))).toEqual([])
  })

  it('says where it came from: a draft from the source language, in a locale Careleaf writes', () => {
    const provenance = spanish.ES_UPPER_BACK_PAIN_TRANSLATION_PROVENANCE
    expect(isLocale(provenance.locale)).toBe(true)
    expect(provenance.locale).not.toBe(SOURCE_LOCALE)
    expect(provenance.sourceLocale).toBe(SOURCE_LOCALE)
    expect(provenance.note).toMatch(/AI language model/)
    expect(provenance.note).toMatch(/not made or checked by a certified medical translator/i)
    expect(provenance.note).toMatch(/side by side/)
  })
})
