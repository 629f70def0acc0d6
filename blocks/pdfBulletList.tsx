import { StyleSheet, Text, View } from '@react-pdf/renderer'
import type { ReactElement } from 'react'

const styles = StyleSheet.create({
  item: { flexDirection: 'row', marginBottom: 3 },
  marker: { width: 14 },
  body: { flex: 1 },
})

/** A plain bullet (or numbered) list for block renderers. */
export function pdfBulletList(items: readonly string[], key: string, numbered = false): ReactElement {
  return (
    <View key={key}>
      {items.map((item, index) => (
        <View key={index} style={styles.item} wrap={false}>
          <Text style={numbered ? [styles.marker, { width: 20 }] : styles.marker}>{numbered ? `${index + 1}.` : '•'}</Text>
          <Text style={styles.body}>{item}</Text>
        </View>
      ))}
    </View>
  )
}
