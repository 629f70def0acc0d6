import { describe, expect, it } from 'vitest'

import type { ParsedArticle } from './parseSourceArticle'
import { parseSourceArticle } from './parseSourceArticle'

function headings(article: ParsedArticle): string[] {
  return article.sections.map((section) => section.heading)
}

describe('parseSourceArticle: title, repeated title and navigation', () => {
  it('takes the first non-empty line as the title, keeping its question mark', () => {
    const article = parseSourceArticle('\n\n  What is sciatica?  \n\nSciatica is nerve pain.')
    expect(article.title).toBe('What is sciatica?')
    expect(article.sections).toEqual([
      { key: 'overview', heading: 'Overview', paragraphs: ['Sciatica is nerve pain.'] },
    ])
  })

  it('drops a repeated title line regardless of case and punctuation', () => {
    const article = parseSourceArticle('What is sciatica?\n\nwhat is SCIATICA\n\nSciatica is nerve pain.')
    expect(article.sections[0]?.paragraphs).toEqual(['Sciatica is nerve pain.'])
  })

  it('keeps a second line that only resembles the title', () => {
    const article = parseSourceArticle('What is sciatica?\n\nWhat is sciatica, really?\n\nSciatica is nerve pain.')
    expect(article.sections[0]?.paragraphs).toEqual(['What is sciatica, really?', 'Sciatica is nerve pain.'])
  })

  it('drops trailing navigation lines, even several in one block followed by blank lines', () => {
    const article = parseSourceArticle('Title\n\nBody text.\n\nBack to top\nBack to list  \n\n\n')
    expect(article.sections).toEqual([{ key: 'overview', heading: 'Overview', paragraphs: ['Body text.'] }])
  })

  it('keeps navigation-like words that are not trailing lines', () => {
    const article = parseSourceArticle('Title\n\nGo back to list the exercises you did.\n\nRest well.')
    expect(article.sections[0]?.paragraphs).toEqual(['Go back to list the exercises you did.', 'Rest well.'])
  })

  it('throws on empty input', () => {
    expect(() => parseSourceArticle(' \n\r\n  ')).toThrow(/empty/)
  })
})

describe('parseSourceArticle: headings and sections', () => {
  it('normalises CRLF and lone CR line endings', () => {
    const article = parseSourceArticle('Title\r\n\r\nIntro one.\r\n\r\nFirst Heading\r\n\r\nBody one.\r\rBody two.\r\n')
    expect(article.sections).toEqual([
      { key: 'overview', heading: 'Overview', paragraphs: ['Intro one.'] },
      { key: 'first-heading', heading: 'First Heading', paragraphs: ['Body one.', 'Body two.'] },
    ])
    expect(JSON.stringify(article)).not.toContain('\\r')
  })

  it('puts everything in an Overview section when there are no headings', () => {
    const article = parseSourceArticle('Title\n\nFirst paragraph.\n\nSecond paragraph.\n\nThird paragraph.')
    expect(headings(article)).toEqual(['Overview'])
    expect(article.sections[0]?.paragraphs).toHaveLength(3)
  })

  it('has no Overview when a heading comes straight after the title', () => {
    const article = parseSourceArticle('Title\n\nCauses\n\nPosture matters.')
    expect(article.sections).toEqual([{ key: 'causes', heading: 'Causes', paragraphs: ['Posture matters.'] }])
    expect(article.summary).toBe('Posture matters.')
  })

  it('keeps a heading-like line at the very end as a paragraph, not an empty section', () => {
    const article = parseSourceArticle('Title\n\nIntro.\n\nCauses\n\nPosture matters.\n\nStay well')
    expect(headings(article)).toEqual(['Overview', 'Causes'])
    expect(article.sections[1]?.paragraphs).toEqual(['Posture matters.', 'Stay well'])
  })

  it('does not treat punctuated, long or wordy lines as headings', () => {
    const wordy = 'One two three four five six seven eight nine ten eleven'
    const long = `Heading ${'x'.repeat(80)}`
    const text = [
      'Title',
      'Causes:',
      'Rest and stretch;',
      '“Quoted sentence.”',
      wordy,
      long,
      'Real Heading',
      'Body.',
    ].join('\n\n')
    const article = parseSourceArticle(text)
    expect(headings(article)).toEqual(['Overview', 'Real Heading'])
    expect(article.sections[0]?.paragraphs).toEqual(['Causes:', 'Rest and stretch;', '“Quoted sentence.”', wordy, long])
  })

  it('treats a short line followed directly by text as part of a paragraph, joining wrapped lines', () => {
    const article = parseSourceArticle('Title\n\nCauses\nPosture   matters\tat night.')
    expect(article.sections[0]?.paragraphs).toEqual(['Causes Posture matters at night.'])
  })

  it('makes unique kebab-case keys and keeps typographic apostrophes', () => {
    const article = parseSourceArticle(
      'Title\n\nDon’t Sleep on Your Stomach\n\nIt strains the neck.\n\nTips & Tricks\n\nA.\n\nTips & Tricks\n\nB.\n\nOverview\n\nC.',
    )
    expect(article.sections.map((section) => section.key)).toEqual([
      'dont-sleep-on-your-stomach',
      'tips-tricks',
      'tips-tricks-2',
      'overview',
    ])
    expect(article.sections[0]?.heading).toBe('Don’t Sleep on Your Stomach')
  })

  it('keeps the key "overview" for the intro and de-duplicates a later "Overview" heading', () => {
    const article = parseSourceArticle('Title\n\nIntro.\n\nOverview\n\nMore.')
    expect(article.sections.map((section) => section.key)).toEqual(['overview', 'overview-2'])
  })
})

describe('parseSourceArticle: untitled sections (two or more blank lines)', () => {
  const text = 'Title\n\nIntro.\n\nCauses\n\nPosture.\n\n\nSide effects.\n\nMore on them.\n\n\n\nIn short, rest.'

  it('names them from untitledSectionHeadings, in order', () => {
    const article = parseSourceArticle(text, { untitledSectionHeadings: ['Medications', 'Summary'] })
    expect(article.sections).toEqual([
      { key: 'overview', heading: 'Overview', paragraphs: ['Intro.'] },
      { key: 'causes', heading: 'Causes', paragraphs: ['Posture.'] },
      { key: 'medications', heading: 'Medications', paragraphs: ['Side effects.', 'More on them.'] },
      { key: 'summary', heading: 'Summary', paragraphs: ['In short, rest.'] },
    ])
  })

  it('throws a clear error naming the line when no heading is left', () => {
    expect(() => parseSourceArticle(text, { untitledSectionHeadings: ['Medications'] })).toThrow(
      /line 16 starts an untitled section .*"In short, rest\.".*untitledSectionHeadings has no heading left.*\(1 given\)/,
    )
    expect(() => parseSourceArticle(text)).toThrow(/line 10 starts an untitled section/)
  })

  it('throws when headings are left over, because they would be misaligned', () => {
    expect(() => parseSourceArticle(text, { untitledSectionHeadings: ['Medications', 'Summary', 'Extra'] })).toThrow(
      /gives 3 heading\(s\) but the source has only 2 untitled section\(s\).*\["Extra"\]/,
    )
  })

  it('ignores a double blank line at the start of the body or right after a heading', () => {
    const article = parseSourceArticle('Title\n\n\n\nIntro.\n\nCauses\n\n\nPosture.')
    expect(article.sections).toEqual([
      { key: 'overview', heading: 'Overview', paragraphs: ['Intro.'] },
      { key: 'causes', heading: 'Causes', paragraphs: ['Posture.'] },
    ])
  })

  it('lets a real heading after a double blank line win over the untitled headings', () => {
    const article = parseSourceArticle('Title\n\nIntro.\n\n\nCauses\n\nPosture.')
    expect(headings(article)).toEqual(['Overview', 'Causes'])
  })

  it('treats whitespace-only lines as blank', () => {
    const article = parseSourceArticle('Title\n\nIntro.\n \n\t\nLater.', { untitledSectionHeadings: ['Later'] })
    expect(headings(article)).toEqual(['Overview', 'Later'])
  })
})

describe('parseSourceArticle: promotional content', () => {
  it('drops only the promotional sentences of a mixed paragraph and reports them', () => {
    const article = parseSourceArticle(
      'Title\n\nIntro.\n\nMedicines\n\nSome drugs cause back pain. Many recommend Relaxo 500 mg for spasms. ' +
        'These can be obtained from PharmaDirect. Ask your doctor first.',
    )
    expect(article.sections[1]?.paragraphs).toEqual(['Some drugs cause back pain. Ask your doctor first.'])
    expect(article.removed).toHaveLength(1)
    expect(article.removed[0]?.text).toBe(
      'Many recommend Relaxo 500 mg for spasms. These can be obtained from PharmaDirect.',
    )
    expect(article.removed[0]?.reason).toMatch(/^In section "Medicines" \(the rest of the paragraph was kept\): /)
    expect(article.removed[0]?.reason).toContain('"PharmaDirect"')
  })

  it('drops a fully promotional section but still uses up its untitled heading', () => {
    const article = parseSourceArticle(
      'Title\n\nIntro.\n\n\nBuy Relaxo 500 mg online at PharmaDirect.\n\nTips\n\nStretch daily.',
      { untitledSectionHeadings: ['Offers'] },
    )
    expect(headings(article)).toEqual(['Overview', 'Tips'])
    expect(article.removed).toEqual([
      {
        text: 'Buy Relaxo 500 mg online at PharmaDirect.',
        reason: expect.stringMatching(/^In section "Offers" \(the whole paragraph was removed\): /) as string,
      },
    ])
  })

  it('never lets a plug in the intro reach the summary', () => {
    const article = parseSourceArticle(
      'Title\n\nVisit PainShop, where Relaxo 500 is sold at Bargain Meds. Back pain is common at night.',
    )
    expect(article.summary).toBe('Back pain is common at night.')
    expect(JSON.stringify(article.sections)).not.toMatch(/Relaxo|Bargain/)
  })
})

describe('parseSourceArticle: summary', () => {
  it('takes whole opening sentences up to 300 characters', () => {
    const sentence = `${'Word '.repeat(19)}end.` // 99 characters
    const article = parseSourceArticle(`Title\n\n${sentence} ${sentence} ${sentence} ${sentence}`)
    expect(article.summary).toBe(`${sentence} ${sentence} ${sentence}`)
    expect(article.summary.length).toBe(299)
  })

  it('continues into the second intro paragraph when the first is short', () => {
    const article = parseSourceArticle('Title\n\nShort one.\n\nShort two.\n\nHeading\n\nBody.')
    expect(article.summary).toBe('Short one. Short two.')
  })

  it('cuts a single over-long sentence at a word and marks the cut', () => {
    const article = parseSourceArticle(`Title\n\n${'lengthy '.repeat(60)}end.`)
    expect(article.summary.length).toBeLessThanOrEqual(300)
    expect(article.summary).toMatch(/^lengthy( lengthy)*…$/)
  })

  it('is empty when the article has no paragraphs', () => {
    expect(parseSourceArticle('Title only').summary).toBe('')
    expect(parseSourceArticle('Title only').sections).toEqual([])
  })
})
