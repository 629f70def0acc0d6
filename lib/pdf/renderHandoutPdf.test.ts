import { beforeAll, describe, expect, it } from 'vitest'

import { handoutPdfFileName, renderHandoutPdf } from './renderHandoutPdf'
import { extractPdfText } from '../../tests/support/extractPdfText'
import type { ExtractedPdf } from '../../tests/support/extractPdfText'
import { backPainMainMessage, handoutFixture, lexical, longHandoutFixture, tieredWarningSigns } from '../../tests/support/handoutFixtures'
import type { HandoutSectionSnapshot } from '../handouts/types'

const HEADER_OR_FOOTER = /^(Springfield Family Practice( Questions\? Call .*| · .*)?|Page \d+ of \d+|Questions\? Call .*)$/

/** Lines of body text on a page, without the repeated header and footer. */
function bodyLines(page: string): string[] {
  return page.split('\n').filter((line) => line.trim() !== '' && !HEADER_OR_FOOTER.test(line))
}

/** Text with soft line wraps joined, for phrases that may wrap across lines. */
function flowing(text: string): string {
  return text.replace(/\s+/g, ' ')
}

describe('renderHandoutPdf reading order', () => {
  it('prints the main message in a box first, then the warning signs (911 tier first), then the instructions, then the sections', async () => {
    const base = handoutFixture()
    const pdf = await extractPdfText(
      await renderHandoutPdf(handoutFixture({ sections: [...base.sections, tieredWarningSigns], mainMessages: [backPainMainMessage] })),
    )
    const text = flowing(pdf.text)
    const order = [
      'The main thing to know',
      'Sleep on your back with a pillow under your knees.',
      'Most upper back pain at night gets better',
      'When to get help now',
      'Call 911 now',
      'Chest pain',
      'Call your doctor now or today',
      'Watch closely',
      'Your care team’s instructions',
      'Poor Sleeping Posture',
    ].map((phrase) => text.indexOf(phrase))
    expect(order.every((index) => index > -1)).toBe(true)
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })

  it('prints one message per topic and no box for a handout made before main messages', async () => {
    const two = flowing(
      (
        await extractPdfText(
          await renderHandoutPdf(
            handoutFixture({
              mainMessages: [backPainMainMessage, { topicTitle: 'Taking ibuprofen safely', mainMessage: 'Take it with food.', summary: null }],
            }),
          ),
        )
      ).text,
    )
    expect(two.match(/The main thing to know/g)).toHaveLength(1)
    expect(two.indexOf('Sleep on your back with a pillow')).toBeLessThan(two.indexOf('Take it with food.'))
    const none = (await extractPdfText(await renderHandoutPdf(handoutFixture()))).text
    expect(none).not.toContain('The main thing to know')
  })
})

describe('renderHandoutPdf', () => {
  let pdfBytes: Buffer
  let pdf: ExtractedPdf

  beforeAll(async () => {
    pdfBytes = await renderHandoutPdf(handoutFixture())
    pdf = await extractPdfText(pdfBytes)
  })

  it('produces a PDF', () => {
    expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(pdf.numPages).toBeGreaterThanOrEqual(1)
  })

  it('names the patient, the clinician and the date', () => {
    expect(pdf.text).toContain('Jane Doe')
    expect(flowing(pdf.text)).toContain('Prepared for Jane Doe by Dr. Amara Okafor on November 29, 2026')
  })

  it('shows the care team’s instructions as separate paragraphs before the sections', () => {
    const lines = pdf.text.split('\n')
    const boxHeading = lines.indexOf('Your care team’s instructions')
    expect(boxHeading).toBeGreaterThan(-1)
    expect(lines[boxHeading + 1]).toBe('Use the heat pack every evening this week.')
    expect(lines[boxHeading + 2]).toBe('Come back in two weeks if the pain still wakes you at night.')
    expect(boxHeading).toBeLessThan(lines.indexOf('Poor Sleeping Posture'))
  })

  it('prints topics and section headings in the handout’s order', () => {
    const order = [
      'Upper back pain during sleep',
      'Poor Sleeping Posture',
      'Managing Upper Back Pain during Sleep',
      'Taking ibuprofen safely',
      'How much to take',
    ].map((heading) => pdf.text.split('\n').lastIndexOf(heading))
    expect(order.every((index) => index > -1)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
  })

  it('prints section bodies: formatted runs, lists and links', () => {
    const text = flowing(pdf.text)
    expect(text).toContain('Try to sleep on your back or side with a pillow')
    expect(text).toContain('• Place a rolled towel under your knees when lying on your back.')
    expect(text).toContain('1. Apply a warm compress to your upper back for 15 minutes.')
    expect(text).toContain('3. Set an alarm to take your evening dose on time.')
    expect(text).toContain('NHS exercise page (https://www.nhs.uk/live-well/exercise/neck-pain-exercises/)')
    expect(text).toContain('Stop taking it and call us if you have black stools or stomach pain.')
  })

  it('prints the address of the online copy on page 1, under who it was prepared for', () => {
    const firstPage = pdf.pages[0] ?? ''
    const closing = firstPage.slice(firstPage.indexOf('Read this handout online:'))
    expect(firstPage.indexOf('Prepared for')).toBeLessThan(firstPage.indexOf('Read this handout online:'))
    expect(closing.replace(/\n/g, '')).toContain('Read this handout online: https://careleaf.example.org/p/Xq3vT0p7cLm9fRk2wZbY8nHs4dJa6uEg1oVi5tQyNcM')
  })

  it('repeats the clinic header and a page-numbered footer on every page', () => {
    expect(pdf.text).toMatch(/Page 1 of \d+/)
    pdf.pages.forEach((page, index) => {
      expect(page.startsWith('Springfield Family Practice')).toBe(true)
      expect(page).toContain('Questions? Call (555) 010-0199')
      expect(page).toContain(`Page ${index + 1} of ${pdf.numPages}`)
    })
  })

  it('describes the handout in the metadata without naming the patient', () => {
    expect(pdf.info).toMatchObject({
      Title: 'Upper back pain during sleep',
      Author: 'Springfield Family Practice',
      Subject: 'Patient education handout',
      Creator: 'Careleaf',
      Producer: 'Careleaf',
      // The locale's BCP 47 tag (lib/i18n/locales.ts), as on the patient page.
      Language: 'en-US',
    })
    expect(JSON.stringify(pdf.info)).not.toMatch(/Jane|Doe/)
  })

  it('builds an outline of topics with their sections nested', () => {
    expect(pdf.outline).toEqual([
      { title: 'Upper back pain during sleep', depth: 0 },
      { title: 'Poor Sleeping Posture', depth: 1 },
      { title: 'Managing Upper Back Pain during Sleep', depth: 1 },
      { title: 'Taking ibuprofen safely', depth: 0 },
      { title: 'How much to take', depth: 1 },
    ])
  })

  it('uses US Letter by default and A4 on request', async () => {
    expect(pdf.pageSizes[0]).toEqual({ width: 612, height: 792 })
    const a4 = await extractPdfText(await renderHandoutPdf(handoutFixture(), { pageSize: 'A4' }))
    expect(a4.pageSizes[0]).toEqual({ width: 595.28, height: 841.89 })
    expect(a4.pages.at(-1)).toContain(`Page ${a4.numPages} of ${a4.numPages}`)
  })

  it('renders the same handout to the same bytes', async () => {
    const again = await renderHandoutPdf(handoutFixture())
    expect(Buffer.compare(again, pdfBytes)).toBe(0)
  })
})

describe('renderHandoutPdf with optional parts missing', () => {
  it('leaves out the instructions box, the online link and the topic headings when they do not apply', async () => {
    const [firstSection] = handoutFixture().sections
    if (!firstSection) throw new Error('fixture has no sections')
    const pdf = await extractPdfText(
      await renderHandoutPdf(
        handoutFixture({ instructions: '  \n\n ', shareUrl: null, sections: [firstSection], clinic: { name: 'Springfield Family Practice' } }),
      ),
    )
    expect(pdf.text).not.toContain('Your care team’s instructions')
    expect(pdf.text).not.toContain('Read this handout online')
    expect(pdf.text).not.toContain('Questions? Call')
    // One topic: its title is not repeated as a heading under the handout title.
    expect(pdf.text.split('\n').filter((line) => line === 'Upper back pain during sleep')).toHaveLength(1)
    expect(pdf.outline).toEqual([{ title: 'Poor Sleeping Posture', depth: 0 }])
  })

  it('omits the date rather than printing "Invalid Date"', async () => {
    const pdf = await extractPdfText(await renderHandoutPdf(handoutFixture({ createdAt: 'not a date' })))
    expect(flowing(pdf.text)).toMatch(/Prepared for Jane Doe by Dr\. Amara Okafor (Read this handout online|Your care team)/)
    expect(pdf.text).not.toContain('Invalid')
  })
})

// Long handouts take ~1.5 s to lay out on an idle core; on a shared CI machine several times that.
describe('renderHandoutPdf pagination', { timeout: 30_000 }, () => {
  it('spreads 60 sections over several numbered pages without stranding a heading at the foot of a page', async () => {
    const pdf = await extractPdfText(await renderHandoutPdf(longHandoutFixture(60)))
    expect(pdf.numPages).toBeGreaterThan(1)
    expect(pdf.text).toContain(`Page 2 of ${pdf.numPages}`)
    expect(pdf.pages.at(-1)).toContain(`Page ${pdf.numPages} of ${pdf.numPages}`)
    for (const page of pdf.pages) {
      expect(bodyLines(page).at(-1)).not.toMatch(/^Step \d+ of your recovery plan$/)
    }
    // Every section made it, in order.
    const headings = pdf.text.split('\n').filter((line) => /^Step \d+ of your recovery plan$/.test(line))
    expect(headings).toEqual(Array.from({ length: 60 }, (_, index) => `Step ${index + 1} of your recovery plan`))
  })

  it('keeps topic headings with their first section when many topics paginate', async () => {
    const sections: HandoutSectionSnapshot[] = Array.from({ length: 24 }, (_, topicIndex) =>
      [1, 2].map((sectionNumber) => ({
        topicId: topicIndex + 1,
        topicTitle: `Topic number ${topicIndex + 1}`,
        sectionId: `t${topicIndex}-s${sectionNumber}`,
        heading: `Topic ${topicIndex + 1} section ${sectionNumber}`,
        body: lexical.root(lexical.paragraph(lexical.text('Short advice that fits on one or two lines of the handout, about resting and moving.'))),
      })),
    ).flat()
    const pdf = await extractPdfText(await renderHandoutPdf(handoutFixture({ sections, instructions: null })))
    expect(pdf.numPages).toBeGreaterThan(2)
    for (const page of pdf.pages) {
      expect(bodyLines(page).at(-1)).not.toMatch(/^Topic number \d+$|^Topic \d+ section \d+$/)
    }
    expect(pdf.outline.filter((entry) => entry.depth === 0)).toHaveLength(24)
    expect(pdf.outline.filter((entry) => entry.depth === 1)).toHaveLength(48)
  })
})

describe('handoutPdfFileName', () => {
  const createdAt = '2026-11-29T15:30:00.000Z'

  it.each([
    [{ title: 'Upper back pain during sleep', patientName: 'Jane Doe', createdAt }, 'upper-back-pain-during-sleep-jd-2026-11-29.pdf'],
    [{ title: 'Upper back pain during sleep', patientName: 'José Ñúñez', createdAt }, 'upper-back-pain-during-sleep-jn-2026-11-29.pdf'],
    [{ title: 'Œdème & “swelling” — what to do?', patientName: 'Zoë Ågren-Łukasz', createdAt }, 'oedeme-swelling-what-to-do-zal-2026-11-29.pdf'],
    [{ title: 'Knee care', patientName: "Mary-Jane O'Neil", createdAt }, 'knee-care-mjo-2026-11-29.pdf'],
    [{ title: 'Knee care', patientName: 'Mary Jane O’Neil Smith Jones', createdAt }, 'knee-care-mjos-2026-11-29.pdf'],
    [{ title: 'Knee care', patientName: '', createdAt }, 'knee-care-2026-11-29.pdf'],
    [{ title: 'Knee care', patientName: '   ', createdAt }, 'knee-care-2026-11-29.pdf'],
    [{ title: 'Knee care', patientName: '山田 太郎', createdAt }, 'knee-care-2026-11-29.pdf'],
    [{ title: '', patientName: 'Jane Doe', createdAt }, 'handout-jd-2026-11-29.pdf'],
    [{ title: '!!!', patientName: 'Jane Doe', createdAt }, 'handout-jd-2026-11-29.pdf'],
    [{ title: '../../etc/passwd"; rm', patientName: 'Jane Doe', createdAt }, 'etc-passwd-rm-jd-2026-11-29.pdf'],
    [{ title: 'Knee care', patientName: 'Jane Doe', createdAt: 'yesterday' }, 'knee-care-jd.pdf'],
    // The date is the UTC day, matching the date printed in the handout.
    [{ title: 'Knee care', patientName: 'Jane Doe', createdAt: '2026-11-29T23:30:00-08:00' }, 'knee-care-jd-2026-11-30.pdf'],
  ])('%j → %s', (input, expected) => {
    expect(handoutPdfFileName(input)).toBe(expected)
  })

  it('shortens long titles at a word boundary to at most 60 characters', () => {
    const fileName = handoutPdfFileName({
      title: 'Managing upper back pain during sleep with pillows, posture changes and gentle evening stretches',
      patientName: 'Jane Doe',
      createdAt,
    })
    const slug = fileName.replace(/-jd-2026-11-29\.pdf$/, '')
    expect(slug.length).toBeLessThanOrEqual(60)
    expect(slug).toBe('managing-upper-back-pain-during-sleep-with-pillows-posture')
  })

  it('cuts a single over-long word hard', () => {
    const fileName = handoutPdfFileName({ title: 'a'.repeat(200), patientName: 'Jane Doe', createdAt })
    expect(fileName).toBe(`${'a'.repeat(60)}-jd-2026-11-29.pdf`)
  })

  it('always produces a lowercase ASCII name safe for Content-Disposition', () => {
    const awkward = ['Ünïcödé “quotes”', 'tab\tand\nnewline', 'emoji 😷 mask', 'semi;colon', 'back\\slash', 'ﬁne ligature']
    for (const title of awkward) {
      for (const patientName of awkward) {
        expect(handoutPdfFileName({ title, patientName, createdAt })).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.pdf$/)
      }
    }
  })
})

describe('renderHandoutPdf input checks', () => {
  it.each([
    [{ sections: null }, 'sections must be an array'],
    [{ title: 42 }, 'title must be a string'],
    [{ clinic: {} }, 'clinic.name must be a string'],
    [{ sections: [{ body: null }] }, 'every section needs a heading'],
  ])('rejects %j with a message naming the problem', async (override, message) => {
    const malformed = { ...handoutFixture(), ...override } as unknown as Parameters<typeof renderHandoutPdf>[0]
    await expect(renderHandoutPdf(malformed)).rejects.toThrow(message)
  })
})
