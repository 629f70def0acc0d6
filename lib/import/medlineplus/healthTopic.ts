/**
 * One `<health-topic>` of the MedlinePlus health-topics XML, in the shape its
 * public DTD (`mplus_topics.dtd`) documents. Text is as the file gives it,
 * entities decoded; `fullSummaryHtml` is the summary's HTML (the file escapes
 * it), still to be sanitised before anyone sees it.
 */
export interface MedlinePlusHealthTopic {
  id: string
  title: string
  url: string
  /** "English" or "Spanish" in the published files. */
  language: string
  /** As written, mm/dd/yyyy. */
  dateCreated: string | null
  metaDesc: string | null
  alsoCalled: string[]
  fullSummaryHtml: string
  groups: MedlinePlusLink[]
  /** The same topic in the other language (the Spanish page of an English topic, and back). */
  languageMappedTopic: (MedlinePlusLink & { language: string }) | null
  meshHeadings: MedlinePlusMeshHeading[]
  primaryInstitute: { name: string; url: string | null } | null
  relatedTopics: MedlinePlusLink[]
  seeReferences: string[]
  sites: MedlinePlusSite[]
  otherLanguages: { language: string; vernacularName: string | null; url: string | null }[]
  /** Line of the `<health-topic>` tag in the file, for messages. */
  line: number
}

export interface MedlinePlusLink {
  id: string | null
  url: string | null
  name: string
}

export interface MedlinePlusMeshHeading {
  descriptor: { id: string | null; name: string }
  qualifiers: { id: string | null; name: string }[]
}

export interface MedlinePlusSite {
  title: string
  url: string
  languageMappedUrl: string | null
  informationCategories: string[]
  organizations: string[]
  standardDescriptions: string[]
}

/** The root's own attributes: how many topics the file says it holds and when NLM generated it. */
export interface MedlinePlusFileHeader {
  total: number | null
  /** `date-generated` as an ISO date (yyyy-mm-dd), when the file gives one. */
  dateGenerated: string | null
}

/** What the reader yields, in file order: the header once, then each topic or each entry it had to skip. */
export type HealthTopicsEvent =
  | { kind: 'header'; header: MedlinePlusFileHeader }
  | { kind: 'topic'; topic: MedlinePlusHealthTopic }
  | { kind: 'skipped'; line: number; id: string | null; reason: string }
