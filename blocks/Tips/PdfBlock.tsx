import { StyleSheet, Text, View } from '@react-pdf/renderer'
import type { ReactNode } from 'react'

import { HANDOUT_COLORS } from '@/lib/pdf/handoutTheme'

import type { TipsSectionSnapshot } from './kind'
import { pdfBulletList } from '../pdfBulletList'

const styles = StyleSheet.create({
  label: { fontWeight: 700, color: HANDOUT_COLORS.accent, marginBottom: 3 },
  group: { marginBottom: 8 },
})

export function tipsPdfBlock(section: TipsSectionSnapshot, key: string): ReactNode[] {
  const groups: Array<[string, string[]]> = [
    ['Do', section.body.do],
    ['Don’t', section.body.dont],
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
