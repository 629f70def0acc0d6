import { SafeRichText } from '@/components/SafeRichText'
import type { TextSectionSnapshot } from '@/lib/handouts/types'

export function TextWebBlock({ section }: { section: TextSectionSnapshot }) {
  return <SafeRichText data={section.body} />
}
