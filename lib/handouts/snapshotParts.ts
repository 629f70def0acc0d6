/**
 * The pieces every section snapshot is made of. A leaf module: the section
 * kinds (blocks/) and lib/handouts both build on it without importing each other.
 */

/** An image as copied into a handout: enough to draw it without the media collection. */
export interface SnapshotImage {
  /** Public URL of the image (web page). */
  url: string
  /** File name inside the media folder (PDF, read from disk). */
  filename: string
  alt: string
  width?: number | null
  height?: number | null
}

export interface SnapshotBase {
  topicId: number
  topicTitle: string
  /** Stable id of the section (block id) inside its topic. */
  sectionId: string
  heading: string
  /**
   * The language of this section's text (a LOCALES code). It can differ from the
   * handout's: a Spanish handout may carry a part the clinic chose to give in
   * English, having no approved translation, and the outputs say so before it.
   * Missing (every handout made before languages): the handout's language.
   */
  locale?: string | null
}
