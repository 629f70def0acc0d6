import { StyleSheet, Text, View } from '@react-pdf/renderer'
import type { ReactNode } from 'react'

import { HANDOUT_COLORS } from '@/lib/pdf/handoutTheme'

import type { TipsSectionSnapshot } from './kind'
import { pdfBulletList } from '../pdfBulletList'
import type { SectionChrome } from '../sectionChrome'

const styles = StyleSheet.create({
  label: { fontWeight: 700, color: HANDOUT_COLORS.accent, marginBottom: 3 },
  group: { marginBottom: 8 },
})

export function tipsPdfBlock(section: TipsSectionSnapshot, key: string, chrome: SectionChrome): ReactNode[] {
  const groups: Array<[string, string[]]> = [
    [chrome.messages.tipsDo, section.body.do],
    [chrome.messages.tipsDont, section.body.dont],
  ]
  return groups
    .filter(([, items]) => items.length > 0)
    .map(([label, items]) => (
      <View key={`${key}-${label}`} style={styles.group}>
        <Text style={styles.label} minPresenceAhead={24}>
          {label}
        </Text>
        {pdfBulletList(items, `${key}-${label}`)}
      </View>
    ))
}
