import { SafeRichText } from '@/components/SafeRichText'

import type { TextSectionSnapshot } from './kind'

export function TextWebBlock({ section }: { section: TextSectionSnapshot }) {
  return <SafeRichText data={section.body} />
}
