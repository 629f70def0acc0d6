/**
 * The Flesch-Kincaid grade patient materials should not exceed unless the
 * clinic sets another: grade 6, as the AMA and the NIH recommend.
 */
export const DEFAULT_READING_GRADE_TARGET = 6

/**
 * Sections shorter than this are not graded against the target on their own:
 * Flesch-Kincaid swings widely on a couple of sentences.
 */
export const MIN_WORDS_TO_GRADE_SECTION = 30
