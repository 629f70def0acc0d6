import { StyleSheet, Text, View } from '@react-pdf/renderer'
import type { ReactElement, ReactNode } from 'react'

import { BODY_FONT_SIZE } from '@/lib/pdf/handoutTheme'

import type { WarningSignsSectionSnapshot } from './kind'
import { pdfBulletList } from '../pdfBulletList'

// Dark red on a pale tint: 8.9:1 contrast, and the heavy border still reads on a greyscale photocopy.
const WARNING_TEXT = '#8a1414'
const WARNING_BACKGROUND = '#fdf0ef'

const styles = StyleSheet.create({
  box: {
    borderWidth: 2,
    borderColor: WARNING_TEXT,
    borderRadius: 4,
    backgroundColor: WARNING_BACKGROUND,
    paddingVertical: 10,
    paddingHorizontal: 14,
    marginTop: 8,
    marginBottom: 14,
  },
  heading: { fontSize: BODY_FONT_SIZE + 4, fontWeight: 700, lineHeight: 1.25, color: WARNING_TEXT, marginBottom: 6 },
  intro: { marginBottom: 6, fontWeight: 700 },
})

/** The whole section in one box, heading included, kept on one page when it fits. */
export function WarningSignsPdfBlock({ section }: { section: WarningSignsSectionSnapshot }): ReactElement {
  return (
    <View style={styles.box} wrap={section.body.signs.length > 12}>
      <Text style={styles.heading}>{section.heading}</Text>
      {section.body.intro ? <Text style={styles.intro}>{section.body.intro}</Text> : null}
      {pdfBulletList(section.body.signs, 'signs')}
    </View>
  )
}

/** The registry's PDF renderer: an urgent kind, so its one element carries the heading (see sectionElements in HandoutDocument). */
export function warningSignsPdfBlock(section: WarningSignsSectionSnapshot, key: string): ReactNode[] {
  return [<WarningSignsPdfBlock key={`${key}-box`} section={section} />]
}
