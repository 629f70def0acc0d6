import { Path, StyleSheet, Svg, Text, View } from '@react-pdf/renderer'
import type { ReactElement, ReactNode } from 'react'

import { BODY_FONT_SIZE } from '@/lib/pdf/handoutTheme'
import { groupWarningSigns, type WarningSignGroup } from '@/lib/warningSigns/groupWarningSigns'

import type { SectionChrome } from '../sectionChrome'
import type { WarningSignsSectionSnapshot } from './kind'
import { WARNING_TIER_ICON_PATHS } from './tierIcons'

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
  tier: { marginTop: 4, marginBottom: 4 },
  tierHeading: { flexDirection: 'row', alignItems: 'center', marginBottom: 3 },
  tierHeadingText: { fontSize: BODY_FONT_SIZE + 1, fontWeight: 700, color: WARNING_TEXT, flex: 1 },
  icon: { width: 14, height: 14, marginRight: 6 },
  item: { flexDirection: 'row', marginBottom: 3 },
  marker: { width: 14 },
  body: { flex: 1 },
  reason: { fontSize: BODY_FONT_SIZE - 1 },
})

function TierGroup({ group }: { group: WarningSignGroup }): ReactElement {
  return (
    <View style={styles.tier}>
      {group.tier && group.heading ? (
        <View style={styles.tierHeading} minPresenceAhead={30}>
          <Svg style={styles.icon} viewBox="0 0 24 24">
            <Path d={WARNING_TIER_ICON_PATHS[group.tier]} fill={WARNING_TEXT} fillRule="evenodd" />
          </Svg>
          <Text style={styles.tierHeadingText}>{group.heading}</Text>
        </View>
      ) : null}
      {group.signs.map((sign, index) => (
        <View key={index} style={styles.item} wrap={false}>
          <Text style={styles.marker}>•</Text>
          <View style={styles.body}>
            <Text>{sign.text}</Text>
            {sign.reason ? <Text style={styles.reason}>{sign.reason}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  )
}

/** The whole section in one box, heading included, kept on one page when it fits; tiers in reading order, 911 first. */
export function WarningSignsPdfBlock({ section, chrome }: { section: WarningSignsSectionSnapshot; chrome: SectionChrome }): ReactElement {
  return (
    <View style={styles.box} wrap={section.body.signs.length > 12}>
      <Text style={styles.heading}>{section.heading}</Text>
      {section.body.intro ? <Text style={styles.intro}>{section.body.intro}</Text> : null}
      {groupWarningSigns(section.body.signs, section.body.watchDays, chrome.messages).map((group) => (
        <TierGroup key={group.tier ?? 'untiered'} group={group} />
      ))}
    </View>
  )
}

/** The registry's PDF renderer: an urgent kind, so its one element carries the heading (see sectionElements in HandoutDocument). */
export function warningSignsPdfBlock(section: WarningSignsSectionSnapshot, key: string, chrome: SectionChrome): ReactNode[] {
  return [<WarningSignsPdfBlock key={`${key}-box`} section={section} chrome={chrome} />]
}
