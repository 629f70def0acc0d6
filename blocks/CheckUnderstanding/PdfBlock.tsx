import { StyleSheet, Text, View } from '@react-pdf/renderer'
import type { ReactNode } from 'react'

import { HANDOUT_COLORS } from '@/lib/pdf/handoutTheme'

import type { SectionChrome } from '../sectionChrome'
import type { CheckSectionSnapshot } from './kind'

const styles = StyleSheet.create({
  question: { marginBottom: 8 },
  prompt: { fontWeight: 700, marginBottom: 3 },
  option: { flexDirection: 'row', marginBottom: 2 },
  box: { width: 9, height: 9, borderWidth: 1, borderColor: HANDOUT_COLORS.text, marginRight: 6, marginTop: 2 },
})

/** On paper: each question with empty boxes to tick, to go through with the clinician (teach-back in the room). */
export function checkPdfBlock(section: CheckSectionSnapshot, key: string, chrome: SectionChrome): ReactNode[] {
  return section.body.questions.map((question, index) => {
    const choices = question.kind === 'true-false' ? [chrome.messages.checkTrue, chrome.messages.checkFalse] : question.options.map((option) => option.text)
    return (
      <View key={`${key}-q${index}`} style={styles.question} wrap={false}>
        <Text style={styles.prompt}>
          {index + 1}. {question.prompt}
        </Text>
        {choices.map((choice, choiceIndex) => (
          <View key={choiceIndex} style={styles.option}>
            <View style={styles.box} />
            <Text>{choice}</Text>
          </View>
        ))}
      </View>
    )
  })
}
