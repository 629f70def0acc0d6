import { RichText } from '@payloadcms/richtext-lexical/react'

import type { RichTextState } from '@/lib/content/richTextState'
import { sanitizeRichText } from '@/lib/content/sanitizeRichText'

/**
 * Stored rich text on screen, reduced first to what the Topic editor can
 * produce (`sanitizeRichText`): Payload's JSX converters pass a link's URL and
 * an upload's address through as stored.
 */
export function SafeRichText({ data }: { data: RichTextState }) {
  return <RichText data={sanitizeRichText(data)} disableContainer />
}
