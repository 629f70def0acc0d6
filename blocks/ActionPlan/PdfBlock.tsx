import { StyleSheet, Text, View } from '@react-pdf/renderer'
import type { ReactNode } from 'react'

import { HANDOUT_COLORS } from '@/lib/pdf/handoutTheme'

import type { ActionPlanSectionSnapshot } from './kind'

const styles = StyleSheet.create({
  moment: { marginBottom: 8 },
  when: { fontWeight: 700, color: HANDOUT_COLORS.accent, marginBottom: 4 },
  item: { flexDirection: 'row', alignItems: 'flex-start', marginBottom: 5 },
  // A real box to tick with a pen, drawn rather than a glyph so every font prints it.
  box: { width: 11, height: 11, borderWidth: 1.2, borderColor: '#1c2430', marginTop: 2, marginRight: 8 },
  text: { flex: 1 },
})

export function actionPlanPdfBlock(section: ActionPlanSectionSnapshot, key: string): ReactNode[] {
  return section.body.moments.map((moment, index) => (
    <View key={`${key}-${index}`} style={styles.moment}>
      <Text style={styles.when} minPresenceAhead={24}>
        {moment.when}
      </Text>
      {moment.actions.map((action, actionIndex) => (
        <View key={actionIndex} style={styles.item} wrap={false}>
          <View style={styles.box} />
          <Text style={styles.text}>{action}</Text>
        </View>
      ))}
    </View>
  ))
}
