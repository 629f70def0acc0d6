import fs from 'node:fs'
import path from 'node:path'

import type { ParsedArticle } from './parseSourceArticle'
import { parseSourceArticle } from './parseSourceArticle'

export const UPPER_BACK_PAIN_SOURCE_FILE_NAME = 'upper-back-pain-during-sleep.source.txt'

/** Directory holding the source articles; overrides the default location. */
export const CONTENT_DIR_ENV_VAR = 'CARELEAF_CONTENT_DIR'

/**
 * The source starts two sections with a double blank line instead of a
 * heading: the part about medication side effects, then the closing summary.
 */
export const UPPER_BACK_PAIN_UNTITLED_SECTION_HEADINGS: readonly string[] = ['Medications', 'Summary']

/**
 * Where the source file is looked for: `$CARELEAF_CONTENT_DIR/<file>` when the
 * variable is set, otherwise the copy committed in `content/` (so a clone, a
 * Docker image and CI all seed from the same text).
 */
export function resolveUpperBackPainSourcePath(): string {
  const contentDir = process.env[CONTENT_DIR_ENV_VAR]?.trim()
  return path.resolve(contentDir || path.resolve(process.cwd(), 'content'), UPPER_BACK_PAIN_SOURCE_FILE_NAME)
}

/** Reads and parses the "upper back pain during sleep" article. */
export function loadUpperBackPainArticle(sourcePath: string = resolveUpperBackPainSourcePath()): ParsedArticle {
  let text: string
  try {
    text = fs.readFileSync(sourcePath, 'utf8')
  } catch (error) {
    if (isFileNotFound(error)) {
      const currentSetting = process.env[CONTENT_DIR_ENV_VAR]
        ? `it is currently "${process.env[CONTENT_DIR_ENV_VAR]}"`
        : `it is not set, so content/ relative to ${process.cwd()} was used`
      throw new Error(
        `Source article not found: ${sourcePath}. Set ${CONTENT_DIR_ENV_VAR} to the directory that contains ` +
          `${UPPER_BACK_PAIN_SOURCE_FILE_NAME} (${currentSetting}), or pass the file path explicitly.`,
        { cause: error },
      )
    }
    throw error
  }
  return parseSourceArticle(text, { untitledSectionHeadings: [...UPPER_BACK_PAIN_UNTITLED_SECTION_HEADINGS] })
}

function isFileNotFound(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT'
}
