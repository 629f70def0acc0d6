/**
 * Where an imported topic came from, kept on the topic (`importedFrom`) so a
 * re-import finds it by the publisher's own id and a reviewer sees its origin.
 * Only the import sets it, through this Local API context flag (see
 * access/setByServerCode): no editor or API body can forge a provenance.
 */
export const IMPORT_CONTEXT = 'careleafContentImport'

export const IMPORT_PUBLISHERS = [
  { value: 'medlineplus', label: 'MedlinePlus (U.S. National Library of Medicine)' },
  // Another clinic's Careleaf, through a content pack (lib/contentPacks); the clinic's name is in `originReview`.
  { value: 'careleaf-pack', label: 'Another Careleaf (content pack)' },
] as const
export type ImportPublisher = (typeof IMPORT_PUBLISHERS)[number]['value']

/** Why an imported topic needs a person's attention; counted as "flagged" in an import's summary. */
export const IMPORT_ATTENTION = [
  { value: 'source-changed-local-edits-kept', label: 'The source changed, but this topic was edited here: the edits were kept' },
  { value: 'gone-from-source', label: 'No longer in the source file' },
] as const
export type ImportAttention = (typeof IMPORT_ATTENTION)[number]['value']
