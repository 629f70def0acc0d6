import type { SectionReadability, TopicReadability } from './analyzeTopicReadability'

export interface ReadabilityComparisonRow {
  label: string
  from: number | null
  to: number | null
}

type StoredReadability = Partial<Pick<TopicReadability, 'fleschKincaidGrade' | 'smogIndex' | 'target'>> & { sections?: Partial<SectionReadability>[] }

function asReadability(value: unknown): StoredReadability {
  return value && typeof value === 'object' ? (value as StoredReadability) : {}
}

const number = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null)

/**
 * The figures a reviewer compares between two versions of a topic (whole
 * topic, then each section by heading), instead of the stored JSON.
 */
export function readabilityComparisonRows(fromValue: unknown, toValue: unknown): ReadabilityComparisonRow[] {
  const from = asReadability(fromValue)
  const to = asReadability(toValue)
  const rows: ReadabilityComparisonRow[] = [
    { label: 'Reading grade (Flesch-Kincaid)', from: number(from.fleschKincaidGrade), to: number(to.fleschKincaidGrade) },
    { label: 'SMOG index', from: number(from.smogIndex), to: number(to.smogIndex) },
  ]
  const headings = [...new Set([...(from.sections ?? []), ...(to.sections ?? [])].map((section) => section.heading ?? 'Untitled section'))]
  for (const heading of headings) {
    const grade = (sections: StoredReadability['sections']) =>
      number(sections?.find((section) => (section.heading ?? 'Untitled section') === heading)?.fleschKincaidGrade)
    rows.push({ label: `Section “${heading}”: grade`, from: grade(from.sections), to: grade(to.sections) })
  }
  return rows
}
