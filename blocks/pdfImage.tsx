import fs from 'node:fs'

import { Image, StyleSheet, Text, View } from '@react-pdf/renderer'
import type { ReactElement } from 'react'

import type { SnapshotImage } from '@/lib/handouts/snapshotParts'
import type { PatientMessages } from '@/lib/i18n/patientMessages'
import { mediaFilePath } from '@/lib/media/mediaFilePath'
import { HANDOUT_COLORS } from '@/lib/pdf/handoutTheme'

const styles = StyleSheet.create({
  figure: { marginBottom: 10 },
  image: { maxWidth: '100%', maxHeight: 260, objectFit: 'contain', alignSelf: 'flex-start' },
  caption: { fontSize: 10.5, color: HANDOUT_COLORS.muted, marginTop: 4 },
  missing: { fontSize: 10.5, color: HANDOUT_COLORS.muted, fontStyle: 'italic' },
})

/**
 * An image with its caption. A file missing on disk prints its alt text
 * instead, so the PDF still renders and the reader still learns what it showed.
 */
export function pdfImage(image: SnapshotImage, caption: string | null | undefined, key: string, messages: Pick<PatientMessages, 'missingImage'>): ReactElement {
  const file = mediaFilePath(image.filename)
  return (
    <View key={key} style={styles.figure} wrap={false}>
      {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf images have no alt; the caption or the alt fallback carries the meaning */}
      {fs.existsSync(file) ? <Image src={file} style={styles.image} /> : <Text style={styles.missing}>{messages.missingImage(image.alt)}</Text>}
      {caption ? <Text style={styles.caption}>{caption}</Text> : null}
    </View>
  )
}
