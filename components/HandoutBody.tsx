import { orderSectionsForReading } from '@/lib/handouts/parseSectionSnapshot'
import type { HandoutSectionSnapshot } from '@/lib/handouts/types'

import { SectionBlockBody } from './SectionBlockBody'

/** The handout as read on screen: same order and text as the PDF. */
export function HandoutBody({ instructions, sections, headingLevel = 2 }: { instructions?: string | null; sections: HandoutSectionSnapshot[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const paragraphs = (instructions ?? '').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)
  return (
    <>
      {paragraphs.length > 0 && (
        <section className="instructions" aria-labelledby="instructions-heading">
          <Heading id="instructions-heading">Your care team&apos;s instructions</Heading>
          {paragraphs.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </section>
      )}
      {/* "When to get help now" first: the one section that can be urgent must not be missed. */}
      {orderSectionsForReading(sections).map((section) => (
        <section
          key={`${section.topicId}-${section.sectionId}`}
          aria-labelledby={`s-${section.sectionId}`}
          className={section.blockType === 'warningSigns' ? 'warning-signs' : undefined}
        >
          <Heading id={`s-${section.sectionId}`}>{section.heading}</Heading>
          <SectionBlockBody section={section} />
        </section>
      ))}
    </>
  )
}
