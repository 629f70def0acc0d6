import { Document, Link, Page, Path, StyleSheet, Svg, Text, View } from '@react-pdf/renderer'
import type { DocumentProps } from '@react-pdf/renderer'
import type { ReactElement, ReactNode } from 'react'

import type { HandoutDocumentData, HandoutSectionSnapshot } from '../handouts/types'

import { HANDOUT_FONT_FAMILY } from './fonts'
import { BODY_FONT_SIZE, BODY_LINE_HEIGHT, HANDOUT_COLORS } from './handoutTheme'
import { breakLongUrl, HEADING_MIN_PRESENCE_AHEAD, lexicalToPdf, printableUrl } from './lexicalToPdf'

export type HandoutPageSize = 'LETTER' | 'A4'

export interface HandoutDocumentProps {
  data: HandoutDocumentData
  pageSize?: HandoutPageSize
}

const PAGE_MARGIN_X = 54
const HEADER_TOP = 28
/** Tall enough for one 10 pt line below the rule: react-pdf drops text lines that overflow a fixed height. */
const FOOTER_HEIGHT = 26
/** Distance from the bottom edge of the paper to the bottom of the footer. */
const FOOTER_BOTTOM = 26

/** Page heights in points, for placing the footer from the top (see `footerPosition`). */
const PAGE_HEIGHT: Record<HandoutPageSize, number> = { LETTER: 792, A4: 841.89 }

const styles = StyleSheet.create({
  page: {
    fontFamily: HANDOUT_FONT_FAMILY,
    fontSize: BODY_FONT_SIZE,
    color: HANDOUT_COLORS.text,
    paddingTop: 78,
    paddingBottom: 64,
    paddingHorizontal: PAGE_MARGIN_X,
  },
  // Line height lives here rather than on <Page>: react-pdf drops the output
  // of a `render` prop Text (the page numbers) when any ancestor sets
  // lineHeight (diegomura/react-pdf#3402, #3566), so the footer must not
  // inherit it. react-pdf resolves a unitless lineHeight against the same
  // element's fontSize (18 pt when unset), hence the fontSize here too.
  content: { fontSize: BODY_FONT_SIZE, lineHeight: BODY_LINE_HEIGHT },
  header: {
    position: 'absolute',
    top: HEADER_TOP,
    left: PAGE_MARGIN_X,
    right: PAGE_MARGIN_X,
    flexDirection: 'row',
    justifyContent: 'space-between',
    alignItems: 'flex-end',
    paddingBottom: 6,
    borderBottomWidth: 1.5,
    borderBottomColor: HANDOUT_COLORS.accent,
  },
  headerClinicName: { fontSize: 13, fontWeight: 700, color: HANDOUT_COLORS.accent },
  headerPhone: { fontSize: 11, color: HANDOUT_COLORS.text },
  headerPhoneLabel: { color: HANDOUT_COLORS.muted },
  title: { fontSize: 24, fontWeight: 700, lineHeight: 1.2, color: HANDOUT_COLORS.text, marginBottom: 6 },
  preparedFor: { fontSize: 11, lineHeight: 1.4, color: HANDOUT_COLORS.muted, marginBottom: 18 },
  preparedForName: { fontWeight: 700, color: HANDOUT_COLORS.text },
  instructions: {
    backgroundColor: HANDOUT_COLORS.instructionsBackground,
    borderLeftWidth: 4,
    borderLeftColor: HANDOUT_COLORS.instructionsBorder,
    borderRadius: 3,
    paddingVertical: 12,
    paddingHorizontal: 14,
    marginBottom: 20,
  },
  instructionsHeading: { fontSize: BODY_FONT_SIZE + 2, lineHeight: 1.3, fontWeight: 700, color: HANDOUT_COLORS.accent, marginBottom: 6 },
  instructionsParagraph: { marginBottom: 6 },
  instructionsLastParagraph: { marginBottom: 0 },
  topic: { marginBottom: 8 },
  topicHeading: {
    fontSize: 19,
    fontWeight: 700,
    lineHeight: 1.25,
    color: HANDOUT_COLORS.accent,
    paddingBottom: 4,
    marginBottom: 10,
    borderBottomWidth: 1,
    borderBottomColor: HANDOUT_COLORS.rule,
  },
  presenceAnchor: { height: 0 },
  sectionHeading: { fontSize: 16.5, fontWeight: 700, lineHeight: 1.25, color: HANDOUT_COLORS.accent, marginTop: 10, marginBottom: 6 },
  closing: { marginTop: 10, paddingTop: 10, borderTopWidth: 1, borderTopColor: HANDOUT_COLORS.rule },
  closingLink: { color: HANDOUT_COLORS.link, textDecoration: 'underline' },
  closingRow: { flexDirection: 'row', gap: 12, alignItems: 'flex-start' },
  closingText: { flex: 1 },
  shareQr: { width: 84, height: 84 },
  accessCode: { marginTop: 6, fontWeight: 700 },
  footer: {
    position: 'absolute',
    height: FOOTER_HEIGHT,
    left: PAGE_MARGIN_X,
    right: PAGE_MARGIN_X,
    flexDirection: 'row',
    justifyContent: 'space-between',
    paddingTop: 6,
    borderTopWidth: 0.75,
    borderTopColor: HANDOUT_COLORS.rule,
    fontSize: 10,
    color: HANDOUT_COLORS.muted,
  },
  footerClinic: { flex: 1, paddingRight: 12 },
})

/**
 * Dates are formatted in UTC, like the date in the download's file name, so
 * the printed date cannot depend on the server's time zone.
 */
const PREPARED_ON_FORMAT = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' })

export function formatPreparedOnDate(isoTimestamp: string): string | null {
  const date = new Date(isoTimestamp)
  return Number.isNaN(date.getTime()) ? null : PREPARED_ON_FORMAT.format(date)
}

/** Splits the clinician's free text on blank lines; single newlines stay as line breaks they typed. */
export function instructionParagraphs(instructions: string | null | undefined): string[] {
  if (!instructions) return []
  return instructions
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
}

export interface HandoutTopicGroup {
  topicId: number
  topicTitle: string
  sections: HandoutSectionSnapshot[]
}

/**
 * Groups consecutive sections of the same topic. Consecutive, not global:
 * the clinician chose the order, and a patient should read it in that order
 * even if a topic appears twice.
 */
export function groupSectionsByTopic(sections: HandoutSectionSnapshot[]): HandoutTopicGroup[] {
  const groups: HandoutTopicGroup[] = []
  for (const section of sections) {
    const current = groups.at(-1)
    if (current && current.topicId === section.topicId) current.sections.push(section)
    else groups.push({ topicId: section.topicId, topicTitle: section.topicTitle, sections: [section] })
  }
  return groups
}

/**
 * react-pdf reads `bookmark` from any element to build the PDF outline, but
 * its typings declare it only on <Page>. Passed as a spread, it type-checks
 * without loosening the typings of <Text> and <View> everywhere else.
 */
function outlineEntry(title: string, expanded: boolean): { bookmark: { title: string; fit: boolean; expanded: boolean } } {
  return { bookmark: { title, fit: false, expanded } }
}

/**
 * The footer is placed from the top, with a fixed height: a fixed element
 * anchored with `bottom` and an automatic height accumulates an offset page
 * after page until pdfkit rejects the coordinate and the render throws on
 * long handouts (diegomura/react-pdf#3416).
 */
function footerPosition(pageSize: HandoutPageSize): { top: number } {
  return { top: PAGE_HEIGHT[pageSize] - FOOTER_BOTTOM - FOOTER_HEIGHT }
}

/**
 * A section's heading and body blocks are returned flat, to become siblings
 * in their container: react-pdf honours `minPresenceAhead` only for an
 * element that has earlier siblings on the page, so a heading wrapped in a
 * per-section <View> (as its first child) could still be stranded at the foot
 * of a page.
 */
function sectionElements(section: HandoutSectionSnapshot, key: string): ReactNode[] {
  return [
    <Text key={`${key}-heading`} style={styles.sectionHeading} minPresenceAhead={HEADING_MIN_PRESENCE_AHEAD} {...outlineEntry(section.heading, false)}>
      {section.heading}
    </Text>,
    ...lexicalToPdf(section.body, `${key}-body`),
  ]
}

function handoutBodyElements(sections: HandoutSectionSnapshot[]): ReactNode[] {
  const distinctTopics = new Set(sections.map((section) => section.topicId))
  if (distinctTopics.size <= 1) {
    return sections.flatMap((section, index) => sectionElements(section, `${index}-${section.sectionId}`))
  }
  return groupSectionsByTopic(sections).map((group, groupIndex) => (
    // The topic <View> carries the outline entry so its sections nest under it in the PDF outline.
    <View key={`${groupIndex}-${group.topicId}`} style={styles.topic} {...outlineEntry(group.topicTitle, true)}>
      {/* Gives the topic heading an earlier sibling, so minPresenceAhead can move it to the next page (see sectionElements). */}
      <View style={styles.presenceAnchor} />
      <Text style={styles.topicHeading} minPresenceAhead={HEADING_MIN_PRESENCE_AHEAD + 24}>
        {group.topicTitle}
      </Text>
      {group.sections.flatMap((section, index) => sectionElements(section, `${groupIndex}-${index}-${section.sectionId}`))}
    </View>
  ))
}

function InstructionsBox({ paragraphs }: { paragraphs: string[] }): ReactElement {
  return (
    <View style={styles.instructions}>
      <Text style={styles.instructionsHeading} minPresenceAhead={HEADING_MIN_PRESENCE_AHEAD}>
        Your care team’s instructions
      </Text>
      {paragraphs.map((paragraph, index) => (
        <Text key={index} style={index === paragraphs.length - 1 ? styles.instructionsLastParagraph : styles.instructionsParagraph}>
          {paragraph}
        </Text>
      ))}
    </View>
  )
}

export function HandoutDocument({ data, pageSize = 'LETTER' }: HandoutDocumentProps): ReactElement<DocumentProps> {
  const preparedOn = formatPreparedOnDate(data.createdAt)
  const createdAt = new Date(data.createdAt)
  const paragraphs = instructionParagraphs(data.instructions)
  const shareUrl = printableUrl(data.shareUrl)
  const phone = data.clinic.phone?.trim()
  const address = data.clinic.address?.trim()

  return (
    // Metadata is visible to anyone the file is forwarded to and is indexed by
    // desktop search, so it names the handout and clinic but never the patient.
    <Document
      title={data.title}
      author={data.clinic.name}
      subject="Patient education handout"
      language="en"
      creator="Careleaf"
      producer="Careleaf"
      // A fixed creation date makes the same handout render to the same bytes.
      creationDate={Number.isNaN(createdAt.getTime()) ? undefined : createdAt}
      pageMode="useOutlines"
    >
      <Page size={pageSize} style={styles.page} wrap>
        <View style={styles.header} fixed>
          <Text style={styles.headerClinicName}>{data.clinic.name}</Text>
          {phone ? (
            <Text style={styles.headerPhone}>
              <Text style={styles.headerPhoneLabel}>Questions? Call </Text>
              {phone}
            </Text>
          ) : null}
        </View>

        <View style={styles.content}>
          <Text style={styles.title}>{data.title}</Text>
          <Text style={styles.preparedFor}>
            Prepared for <Text style={styles.preparedForName}>{data.patientName}</Text> by {data.clinicianName}
            {preparedOn ? ` on ${preparedOn}` : ''}
          </Text>

          {paragraphs.length > 0 ? <InstructionsBox paragraphs={paragraphs} /> : null}

          {handoutBodyElements(data.sections)}

          {shareUrl ? (
            <View style={styles.closing} wrap={false}>
              <View style={styles.closingRow}>
                <View style={styles.closingText}>
                  <Text>
                    Read this handout online:{' '}
                    <Link src={shareUrl} style={styles.closingLink}>
                      {breakLongUrl(shareUrl)}
                    </Link>
                  </Text>
                  {data.shareAccess?.accessCode ? <Text style={styles.accessCode}>Access code: {data.shareAccess.accessCode}</Text> : null}
                  {data.shareAccess?.asksBirthYear ? <Text>You will be asked for your year of birth.</Text> : null}
                </View>
                {data.shareQr ? (
                  <Svg style={styles.shareQr} viewBox={`0 0 ${data.shareQr.size} ${data.shareQr.size}`}>
                    <Path d={data.shareQr.path} fill="#000000" />
                  </Svg>
                ) : null}
              </View>
            </View>
          ) : null}
        </View>

        <View style={[styles.footer, footerPosition(pageSize)]} fixed>
          <Text style={styles.footerClinic}>{address ? `${data.clinic.name} · ${address}` : data.clinic.name}</Text>
          <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
        </View>
      </Page>
    </Document>
  )
}

/**
 * The document as an element typed for react-pdf's render functions, which
 * accept only elements whose props are DocumentProps.
 */
export function handoutDocumentElement(props: HandoutDocumentProps): ReactElement<DocumentProps> {
  return <HandoutDocument {...props} />
}
