import { RichText } from '@payloadcms/richtext-lexical/react'

import type { TextSectionSnapshot } from '@/lib/handouts/types'

export function TextWebBlock({ section }: { section: TextSectionSnapshot }) {
  return <RichText data={section.body} disableContainer />
}
