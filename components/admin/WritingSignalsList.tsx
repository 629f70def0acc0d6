import type { SectionWritingSignals } from '@/lib/plainLanguage/analyzeSectionWriting'

const FLAG_RED = '#8a1414'
const OK_GREEN = '#0b5450'

function percent(share: number): string {
  return `${Math.round(share * 100)}%`
}

function GradeLine({ section, targetGrade }: { section: SectionWritingSignals; targetGrade: number }) {
  const { fleschKincaidGrade: grade, overTarget } = section
  if (grade === null) return <p style={{ margin: '0.25rem 0' }}>Reading grade: — (no text yet)</p>
  if (!section.gradedOnItsOwn) {
    return (
      <p style={{ margin: '0.25rem 0' }}>
        Reading grade {grade} <span style={{ marginLeft: '0.5rem' }}>(too short to grade on its own: {section.words} words)</span>
      </p>
    )
  }
  return (
    <p style={{ margin: '0.25rem 0' }}>
      Reading grade <strong style={{ color: overTarget ? FLAG_RED : OK_GREEN }}>{grade}</strong>{' '}
      {overTarget ? (
        // Words and a symbol, not colour alone, so the flag survives greyscale and screen readers.
        <strong style={{ color: FLAG_RED, marginLeft: '0.5rem' }}>⚑ Over target: aim for grade {targetGrade} or lower</strong>
      ) : (
        <span style={{ color: OK_GREEN, marginLeft: '0.5rem' }}>✓ within target ({targetGrade})</span>
      )}
    </p>
  )
}

function SectionSignals({ section, targetGrade }: { section: SectionWritingSignals; targetGrade: number }) {
  const { readerAddress } = section
  return (
    <li
      aria-label={`Writing signals: ${section.heading}`}
      style={{ listStyle: 'none', padding: '0.75rem 1rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 4, borderLeft: section.overTarget ? `4px solid ${FLAG_RED}` : undefined }}
    >
      <h4 style={{ margin: 0 }}>
        {section.heading} {section.kindLabel !== section.heading && <small style={{ fontWeight: 400 }}>· {section.kindLabel}</small>}
      </h4>
      <GradeLine section={section} targetGrade={targetGrade} />
      {readerAddress.share !== null && (
        <p style={{ margin: '0.25rem 0' }}>
          Says “you” in {readerAddress.addressingReader} of {readerAddress.sentences} sentences ({percent(readerAddress.share)})
        </p>
      )}
      {section.passiveSentences.length > 0 && (
        <div>
          <p style={{ margin: '0.25rem 0' }}>Passive sentences ({section.passiveSentences.length}): say who does what.</p>
          <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
            {section.passiveSentences.map((sentence, index) => (
              <li key={index}>
                <q>{sentence}</q>
              </li>
            ))}
          </ul>
        </div>
      )}
      {section.medicalTerms.length > 0 && (
        <div>
          <p style={{ margin: '0.25rem 0' }}>Medical words, with plainer ones:</p>
          <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
            {section.medicalTerms.map((hit) => (
              <li key={hit.term}>
                <mark>{hit.asWritten}</mark> → {hit.plain}
                {hit.count > 1 && <small> (×{hit.count})</small>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  )
}

/** The writing signals of every section, as the editor sees them under the sections. */
export function WritingSignalsList({ sections, targetGrade }: { sections: readonly SectionWritingSignals[] | null; targetGrade: number }) {
  const overTarget = sections?.filter((section) => section.overTarget).length ?? 0
  return (
    <section aria-label="Writing signals" style={{ margin: '1.5rem 0 2rem', display: 'grid', gap: '0.75rem' }}>
      <header>
        <h3 style={{ margin: 0 }}>Writing signals</h3>
        <p style={{ margin: '0.25rem 0 0', fontSize: '0.85rem' }}>
          Updated as you type, before saving. Each section is handed out on its own, so each is checked against the reading-grade target of {targetGrade}.
          These are prompts to reread, not scores.
        </p>
      </header>
      {sections === null ? (
        <p>Checking the sections…</p>
      ) : sections.length === 0 ? (
        <p>Add a section to see its signals.</p>
      ) : (
        <>
          {overTarget > 0 && (
            <p style={{ margin: 0, color: FLAG_RED, fontWeight: 700 }}>
              ⚑ {overTarget === 1 ? '1 section reads' : `${overTarget} sections read`} above grade {targetGrade}.
            </p>
          )}
          <ul style={{ margin: 0, padding: 0, display: 'grid', gap: '0.75rem' }}>
            {sections.map((section) => (
              <SectionSignals key={section.key} section={section} targetGrade={targetGrade} />
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
