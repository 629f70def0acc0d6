import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import type { ParsedArticle } from './parseSourceArticle'
import {
  CONTENT_DIR_ENV_VAR,
  loadUpperBackPainArticle,
  resolveUpperBackPainSourcePath,
  UPPER_BACK_PAIN_SOURCE_FILE_NAME,
} from './upperBackPainArticle'

const NEUTRAL_MEDICATIONS_SENTENCE = 'Upper back pain during sleep may also be a side effect of some medications.'

describe('loadUpperBackPainArticle on the real source file', () => {
  let article: ParsedArticle
  beforeAll(() => {
    article = loadUpperBackPainArticle()
  })

  it('keeps the question-mark title', () => {
    expect(article.title).toBe('Why does Upper back pain occur during sleep?')
  })

  it('has exactly the expected sections, in order, with the paragraph counts of the source', () => {
    expect(
      article.sections.map((section) => [section.key, section.heading, section.paragraphs.length] as const),
    ).toEqual([
      ['overview', 'Overview', 2],
      ['poor-sleeping-posture', 'Poor Sleeping Posture', 8],
      ['underlying-medical-conditions', 'Underlying Medical Conditions', 2],
      ['medications', 'Medications', 2],
      ['managing-upper-back-pain-during-sleep', 'Managing Upper Back Pain during Sleep', 3],
      ['summary', 'Summary', 2],
    ])
  })

  it('keeps the neutral medications sentence as its own paragraph and drops the plug', () => {
    const medications = article.sections.find((section) => section.key === 'medications')
    expect(medications?.paragraphs[0]).toBe(NEUTRAL_MEDICATIONS_SENTENCE)
    expect(medications?.paragraphs[1]).toMatch(/^On the flip side, these medications may bring about/)
  })

  it('publishes nothing mentioning the drug, the vendor or the site navigation', () => {
    const published = JSON.stringify({ title: article.title, summary: article.summary, sections: article.sections })
    expect(published).not.toMatch(/soma/i)
    expect(published).not.toMatch(/medicationplace/i)
    expect(published).not.toMatch(/back to list/i)
    // The repeated title line is gone too: it only appears as the title.
    expect(published.match(/Why does Upper back pain occur during sleep/g)).toHaveLength(1)
  })

  it('reports the removed promotion, and only that', () => {
    expect(article.removed).toHaveLength(1)
    const [removed] = article.removed
    expect(removed?.text).toBe(
      'Muscle spasms and pain can be effectively alleviated by the use of muscle relaxants, notably Pain O Soma 350 ' +
        'and Pain O Soma 500. These medications can be obtained from Medicationplace.',
    )
    expect(removed?.reason).toContain('"Medications"')
    expect(removed?.reason).toContain('"Pain O Soma 350", "Pain O Soma 500"')
    expect(removed?.reason).toContain('"Medicationplace"')
  })

  it('summarises with the whole opening paragraph, which fits in 300 characters', () => {
    expect(article.summary).toBe(article.sections[0]?.paragraphs[0])
    expect(article.summary).toMatch(/^During sleep, many individuals commonly suffer from pain in their upper back\./)
    expect(article.summary.length).toBeLessThanOrEqual(300)
  })

  it('keeps typographic apostrophes and leaves no doubled or stray whitespace', () => {
    const paragraphs = article.sections.flatMap((section) => section.paragraphs)
    expect(paragraphs.some((paragraph) => paragraph.includes('individual’s'))).toBe(true)
    expect(paragraphs.some((paragraph) => paragraph.includes("'"))).toBe(false)
    for (const paragraph of paragraphs) expect(paragraph).toBe(paragraph.replace(/\s+/g, ' ').trim())
  })
})

describe('loadUpperBackPainArticle: where the file is found', () => {
  const tempDirs: string[] = []
  function makeTempDir(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'careleaf-content-'))
    tempDirs.push(dir)
    return dir
  }

  afterEach(() => {
    vi.unstubAllEnvs()
    for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('defaults to the copy committed in content/', () => {
    vi.stubEnv(CONTENT_DIR_ENV_VAR, '')
    expect(resolveUpperBackPainSourcePath()).toBe(path.resolve(process.cwd(), 'content', UPPER_BACK_PAIN_SOURCE_FILE_NAME))
  })

  // The committed copy must stay the article as delivered; cleaning happens in the parser, never by hand.
  const sharedCopy = path.resolve(process.cwd(), '..', 'shared', 'content', UPPER_BACK_PAIN_SOURCE_FILE_NAME)
  it.skipIf(!fs.existsSync(sharedCopy))('keeps the committed source byte-identical to the delivered article', () => {
    vi.stubEnv(CONTENT_DIR_ENV_VAR, '')
    expect(fs.readFileSync(resolveUpperBackPainSourcePath())).toEqual(fs.readFileSync(sharedCopy))
  })

  it('reads from the CARELEAF_CONTENT_DIR directory when it is set', () => {
    const dir = makeTempDir()
    fs.writeFileSync(
      path.join(dir, UPPER_BACK_PAIN_SOURCE_FILE_NAME),
      'Test title?\n\nIntro.\n\n\nSide effects.\n\n\nIn short.\n\nBack to list',
    )
    vi.stubEnv(CONTENT_DIR_ENV_VAR, dir)
    const article = loadUpperBackPainArticle()
    expect(article.title).toBe('Test title?')
    expect(article.sections.map((section) => section.heading)).toEqual(['Overview', 'Medications', 'Summary'])
  })

  it('accepts an explicit file path', () => {
    const file = path.join(makeTempDir(), 'other.txt')
    fs.writeFileSync(file, 'Other?\n\nIntro.\n\n\nA.\n\n\nB.')
    expect(loadUpperBackPainArticle(file).title).toBe('Other?')
  })

  it('names the missing path and the environment variable when the file is not there', () => {
    const dir = makeTempDir()
    vi.stubEnv(CONTENT_DIR_ENV_VAR, dir)
    const expectedPath = path.join(dir, UPPER_BACK_PAIN_SOURCE_FILE_NAME)
    expect(() => loadUpperBackPainArticle()).toThrow(expectedPath)
    expect(() => loadUpperBackPainArticle()).toThrow(/Set CARELEAF_CONTENT_DIR to the directory that contains/)
  })
})
