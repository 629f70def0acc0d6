/**
 * Reading order for patients: the sections they must not miss ("When to get
 * help now", an urgent kind in blocks/index.ts) before anything else, so they
 * are never on the last page; then the rest in the clinician's order. Takes
 * the test as an argument so the builder's client code can use it without
 * loading the block registry.
 */
export function splitUrgentFirst<T>(sections: readonly T[], isUrgent: (section: T) => boolean): { urgent: T[]; others: T[] } {
  return { urgent: sections.filter((section) => isUrgent(section)), others: sections.filter((section) => !isUrgent(section)) }
}

export function urgentFirst<T>(sections: readonly T[], isUrgent: (section: T) => boolean): T[] {
  const { urgent, others } = splitUrgentFirst(sections, isUrgent)
  return [...urgent, ...others]
}
