import type { PreviewSection } from '@/lib/handouts/builderItems'
import { contactText, formatLongDate, instructionParagraphs } from '@/lib/handouts/formatHandoutText'
import { PAGE_SIZES, type PageSizeOption } from '@/lib/handouts/handoutOptions'
import { MAIN_MESSAGE_HEADING, type TopicMainMessage } from '@/lib/handouts/mainMessages'

import type { BuilderValues } from './builderTypes'

function PreviewSectionBlock({ entry, newTopic }: { entry: PreviewSection; newTopic: boolean }) {
  const { topic, section } = entry
  return (
    <div className={section.urgent ? 'warning-signs' : undefined}>
      {newTopic ? <p className="preview-topic">{topic.title}</p> : null}
      <p className="preview-heading">{section.heading}</p>
      {section.inEnglish ? <p className="preview-note">Given in English, under a note in the patient’s language.</p> : null}
      {section.paragraphs.map((paragraph, paragraphIndex) => (
        <p key={paragraphIndex}>{paragraph}</p>
      ))}
    </div>
  )
}

/**
 * The printed handout as it will come out, in the PDF's reading order:
 * greeting, each topic's main message, "When to get help now", instructions,
 * the other sections, then follow-up and contact.
 */
export function BuilderPreview({
  title,
  sections,
  mainMessages,
  showTopics,
  values,
  clinic,
  clinicianName,
}: {
  /** Made from the topics in the clinician's order, as the server names the handout. */
  title: string
  sections: PreviewSection[]
  mainMessages: readonly TopicMainMessage[]
  /** Name each topic above its first section (the handout has more than one). */
  showTopics: boolean
  values: BuilderValues
  clinic: { name: string; phone: string | null; defaultPageSize: PageSizeOption }
  clinicianName: string
}) {
  const contact = contactText(values.contactLine, clinic)
  const paperSize = values.pageSize || clinic.defaultPageSize
  const instructions = instructionParagraphs(values.instructions)
  // `previewSections` puts "When to get help now" first; it goes before the instructions, as on the PDF.
  const urgent = sections.filter(({ section }) => section.urgent)
  const others = sections.filter(({ section }) => !section.urgent)
  return (
    <section
      id="builder-preview"
      // Focused by the action bar's Preview link on a phone, where the preview is below the form.
      tabIndex={-1}
      className={`card builder__preview handout-paper${values.largePrint ? ' large-print' : ''}`}
      aria-labelledby="preview-heading"
    >
      <p id="preview-heading" className="preview-label">
        Preview · {PAGE_SIZES.find((size) => size.value === paperSize)?.label}
        {values.largePrint ? ' · large print' : ''}
      </p>
      <p className="preview-clinic">{clinic.name}</p>
      <p className="preview-title">{title}</p>
      <p className="muted">
        Prepared for <strong>{values.patientName.trim() || 'your patient'}</strong> by {clinicianName} on {formatLongDate(new Date().toISOString())}
      </p>
      {values.preferredName.trim() ? <p>Hello {values.preferredName.trim()},</p> : null}
      {mainMessages.length > 0 && (
        <div className="main-message">
          <p className="preview-heading">{MAIN_MESSAGE_HEADING}</p>
          {mainMessages.map((message, index) => (
            <div key={index}>
              {mainMessages.length > 1 ? <p className="main-message__title">{message.topicTitle}</p> : null}
              <p className="main-message__text">{message.mainMessage}</p>
              {message.summary ? <p className="main-message__summary">{message.summary}</p> : null}
            </div>
          ))}
        </div>
      )}
      {urgent.map((entry) => (
        <PreviewSectionBlock key={entry.key} entry={entry} newTopic={false} />
      ))}
      {instructions.length > 0 && (
        <div className="instructions">
          <p className="preview-heading">Your care team&apos;s instructions</p>
          {instructions.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      )}
      {sections.length === 0 ? <p className="muted">Ticked sections appear here, in the order the patient reads them.</p> : null}
      {others.map((entry, index) => (
        <PreviewSectionBlock key={entry.key} entry={entry} newTopic={showTopics && (index === 0 || others[index - 1]!.topic.id !== entry.topic.id)} />
      ))}
      {(values.followUpDate || contact) && (
        <div className="follow-up">
          {values.followUpDate ? <p>Your follow-up appointment: {formatLongDate(`${values.followUpDate}T12:00:00.000Z`) ?? values.followUpDate}</p> : null}
          {contact ? <p>Questions? {contact}</p> : null}
        </div>
      )}
    </section>
  )
}
