import { RichText } from '@payloadcms/richtext-lexical/react'

import { sanitizeRichText } from '@/lib/content/sanitizeRichText'
import type { RichTextState } from '@/lib/handouts/types'

/**
 * Stored rich text on screen, reduced first to what the Topic editor can
 * produce (`sanitizeRichText`): Payload's JSX converters pass a link's URL and
 * an upload's address through as stored.
 */
export function SafeRichText({ data }: { data: RichTextState }) {
  return <RichText data={sanitizeRichText(data)} disableContainer />
}
