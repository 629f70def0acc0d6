import type { SafeHtml } from '@/lib/share/patientPage/html'
import { richTextHtml } from '@/lib/share/patientPage/richTextHtml'

import type { TextSectionSnapshot } from './kind'

export function textHtmlBlock(section: TextSectionSnapshot): SafeHtml {
  return richTextHtml(section.body)
}
