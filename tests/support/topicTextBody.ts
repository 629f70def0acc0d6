import { paragraphsToRichText } from '@/lib/content/lexical'
import type { Topic } from '@/payload-types'

/** A topic text section's body, as Payload's generated types spell it. */
export type TopicTextBody = Extract<Topic['sections'][number], { blockType: 'text' }>['body']

/** A text section's body from plain paragraphs, typed for a Topic's `sections` (the generated type is wider than what Lexical stores). */
export function topicTextBody(...paragraphs: string[]): TopicTextBody {
  return paragraphsToRichText(paragraphs) as unknown as TopicTextBody
}
