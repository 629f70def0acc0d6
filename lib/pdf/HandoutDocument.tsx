import { Document, Image, Link, Page, StyleSheet, Text, View } from '@react-pdf/renderer'
import type { DocumentProps } from '@react-pdf/renderer'
import type { ReactElement, ReactNode } from 'react'

// The composition reads the block registry; the primitives blocks draw with (theme, fonts, lexicalToPdf) never import blocks/.
import { isUrgentSection, keepsHeadingWithBody } from '@/blocks'
import { sectionPdfElements } from '@/blocks/pdfRenderers'
import { sectionChrome } from '@/blocks/sectionChrome'
import { DEFAULT_LOCALE, type Locale, localeInfo, localeOf } from '@/lib/i18n/locales'
import { otherSectionLocale } from '@/lib/i18n/otherSectionLocale'
import { languageName, type PatientMessages, patientMessages } from '@/lib/i18n/patientMessages'
import type { RichText } from '@/lib/i18n/richText'

import { HANDOUT_FONT_FAMILY } from './fonts'
import { BODY_FONT_SIZE, BODY_LINE_HEIGHT, HANDOUT_COLORS } from './handoutTheme'
import { breakLongUrl, HEADING_MIN_PRESENCE_AHEAD, printableUrl } from './lexicalToPdf'
import { contactText, formatLongDate, instructionParagraphs } from '../handouts/formatHandoutText'
import { LARGE_PRINT_BODY_FONT_SIZE, resolveAccentColor } from '../handouts/handoutOptions'
import type { TopicMainMessage } from '../handouts/mainMessages'
import { splitSectionsForReading } from '../handouts/parseSectionSnapshot'
import type { HandoutDocumentData, HandoutSectionSnapshot } from '../handouts/types'

export type HandoutPageSize = 'LETTER' | 'A4'

export interface HandoutDocumentProps {
  data: HandoutDocumentData
  /** Overrides `data.pageSize`. */
  pageSize?: HandoutPageSize
  /** PNG of a QR code for `data.shareUrl` (made in renderHandoutPdf). */
  qrPng?: Buffer | null
  /** PNG or JPEG of the clinic logo, drawn left of its name (read in renderHandoutPdf, see clinicLogoImage). */
  logo?: Buffer | null
  /** Room for the page number ("Page 99 of 99") in ems of the footer text, measured in the handout's language (renderHandoutPdf). */
  pageLabelWidthEms?: number
}

const PAGE_MARGIN_X = 54
const HEADER_TOP = 28
/**
 * Tall enough for two 12 pt lines below the rule (large print's footer size): a long clinic address wraps, and
 * react-pdf drops text lines that overflow a fixed height. Its top stays 6 pt below the body's bottom padding.
 */
const FOOTER_HEIGHT = 38
/** Distance from the bottom edge of the paper to the bottom of the footer. */
const FOOTER_BOTTOM = 20
/** Between the footer's pieces: a real character, so copied or extracted text never runs "Springfield" into "Reviewed". */
const FOOTER_SEPARATOR = ' · '

/**
 * The page number's room when nobody measured it: seven ems held "Page 99 of 99", the English label, from the start.
 * react-pdf lays the page out before it knows the number (a `render` text), so the room is set, not taken.
 */
export const DEFAULT_PAGE_LABEL_WIDTH_EMS = 7

/** Page heights in points, for placing the footer from the top (see `footerPosition`). */
const PAGE_HEIGHT: Record<HandoutPageSize, number> = { LETTER: 792, A4: 841.89 }

interface HandoutStyleOptions {
  bodyFontSize: number
  accent: string
  pageLabelWidthEms: number
}

/** Font sizes scale with the body size, so large print enlarges the whole chrome, not just paragraphs. */
function createHandoutStyles({ bodyFontSize: body, accent, pageLabelWidthEms }: HandoutStyleOptions) {
  const scale = body / BODY_FONT_SIZE
  const footerFontSize = 10 * Math.min(scale, 1.2)
  return StyleSheet.create({
    page: {
      fontFamily: HANDOUT_FONT_FAMILY,
      fontSize: body,
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
    content: { fontSize: body, lineHeight: BODY_LINE_HEIGHT },
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
      borderBottomColor: accent,
    },
    headerClinicName: { fontSize: 13 * scale, fontWeight: 700, color: accent },
    headerPhone: { fontSize: 11 * scale, color: HANDOUT_COLORS.text },
    headerPhoneLabel: { color: HANDOUT_COLORS.muted },
    title: { fontSize: 24 * scale, fontWeight: 700, lineHeight: 1.2, color: HANDOUT_COLORS.text, marginBottom: 6 },
    preparedFor: { fontSize: 11 * scale, lineHeight: 1.4, color: HANDOUT_COLORS.muted, marginBottom: 18 },
    preparedForName: { fontWeight: 700, color: HANDOUT_COLORS.text },
    instructions: {
      backgroundColor: HANDOUT_COLORS.instructionsBackground,
      borderLeftWidth: 4,
      borderLeftColor: accent,
      borderRadius: 3,
      paddingVertical: 12,
      paddingHorizontal: 14,
      marginBottom: 20,
    },
    mainMessage: {
      borderWidth: 2,
      borderColor: accent,
      borderRadius: 4,
      paddingVertical: 8,
      paddingHorizontal: 14,
      marginBottom: 6,
    },
    mainMessageHeading: { fontSize: body + 2, lineHeight: 1.3, fontWeight: 700, color: accent, marginBottom: 2 },
    mainMessageTopic: { fontWeight: 700, marginTop: 4 },
    mainMessageText: { fontWeight: 700, marginBottom: 2 },
    instructionsHeading: { fontSize: body + 2, lineHeight: 1.3, fontWeight: 700, color: accent, marginBottom: 6 },
    instructionsParagraph: { marginBottom: 6 },
    instructionsLastParagraph: { marginBottom: 0 },
    topic: { marginBottom: 8 },
    topicHeading: {
      fontSize: 19 * scale,
      fontWeight: 700,
      lineHeight: 1.25,
      color: accent,
      paddingBottom: 4,
      marginBottom: 10,
      borderBottomWidth: 1,
      borderBottomColor: HANDOUT_COLORS.rule,
    },
    presenceAnchor: { height: 0 },
    sectionHeading: { fontSize: 16.5 * scale, fontWeight: 700, lineHeight: 1.25, color: accent, marginTop: 10, marginBottom: 6 },
    closing: { marginTop: 10, paddingTop: 10, borderTopWidth: 1, borderTopColor: HANDOUT_COLORS.rule },
    closingLink: { color: HANDOUT_COLORS.link, textDecoration: 'underline' },
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
      fontSize: footerFontSize,
      color: HANDOUT_COLORS.muted,
    },
    footerClinic: { flex: 1, paddingRight: 12 },
    // A set width: react-pdf lays the page out before it knows the number (a `render` text), and would otherwise give
    // it no room, so a long footer line ran under "Page 1 of 2". Measured for the language (see pageLabelWidthEms).
    footerPage: { flexShrink: 0, width: pageLabelWidthEms * footerFontSize, textAlign: 'right' },
    headerBrand: { flexDirection: 'row', alignItems: 'flex-end' },
    headerLogo: { height: 28 * scale, maxWidth: 120, objectFit: 'contain', marginRight: 8 },
    greeting: { marginBottom: 10 },
    followUp: { marginTop: 14, paddingVertical: 10, paddingHorizontal: 14, borderWidth: 1.5, borderColor: accent, borderRadius: 3 },
    followUpHeading: { fontSize: body + 2, lineHeight: 1.3, fontWeight: 700, color: accent, marginBottom: 4 },
    webVersion: { flexDirection: 'row', alignItems: 'center' },
    webVersionText: { flex: 1, paddingRight: 12 },
    qr: { width: 84, height: 84 },
    sources: { marginTop: 12, fontSize: Math.max(10, body - 2), color: HANDOUT_COLORS.muted },
    languageNote: {
      fontWeight: 700,
      marginTop: 10,
      marginBottom: 2,
      paddingVertical: 4,
      paddingHorizontal: 8,
      borderWidth: 1,
      borderStyle: 'dashed',
      borderColor: HANDOUT_COLORS.muted,
      borderRadius: 3,
    },
  })
}

type HandoutStyles = ReturnType<typeof createHandoutStyles>

const stylesCache = new Map<string, HandoutStyles>()

function handoutStyles(options: HandoutStyleOptions): HandoutStyles {
  const key = `${options.bodyFontSize}|${options.accent}|${options.pageLabelWidthEms}`
  let styles = stylesCache.get(key)
  if (!styles) {
    styles = createHandoutStyles(options)
    // Accent colours are few per clinic; the cap only guards against unbounded growth.
    if (stylesCache.size > 32) stylesCache.clear()
    stylesCache.set(key, styles)
  }
  return styles
}

export function formatPreparedOnDate(isoTimestamp: string, locale: Locale = DEFAULT_LOCALE): string | null {
  return formatLongDate(isoTimestamp, locale)
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

/** "Clinic · address · Reviewed <date>", leaving out what is not set. */
export function footerText({
  clinicName,
  address,
  reviewed,
  words = patientMessages(DEFAULT_LOCALE),
}: {
  clinicName: string
  address?: string | null
  reviewed?: string | null
  words?: Pick<PatientMessages, 'pdfReviewed'>
}): string {
  return [clinicName, address, reviewed ? words.pdfReviewed(reviewed) : null].filter((piece): piece is string => Boolean(piece)).join(FOOTER_SEPARATOR)
}

/** Where the clinic phone goes in the header's "Questions? Call …". */
const PHONE = Symbol('phone')

/** A rich message's words as react-pdf children: each piece already an element with its key, each string as it is. */
function richChildren(parts: RichText<ReactElement>): ReactNode[] {
  return [...parts]
}

/**
 * Before a section in another language than the handout's: a note in the handout's, so a patient is told before the
 * part they may not be able to read (the patient page does the same, with `lang` for screen readers).
 */
function languageNote(styles: HandoutStyles, section: HandoutSectionSnapshot, locale: Locale, key: string): ReactNode[] {
  const other = otherSectionLocale(section, locale)
  if (!other) return []
  return [
    <Text key={`${key}-language`} style={styles.languageNote} minPresenceAhead={HEADING_MIN_PRESENCE_AHEAD}>
      {patientMessages(locale).sectionInOtherLanguage(languageName(other, locale))}
    </Text>,
  ]
}

/**
 * A section's heading and body blocks are returned flat, to become siblings
 * in their container: react-pdf honours `minPresenceAhead` only for an
 * element that has earlier siblings on the page, so a heading wrapped in a
 * per-section <View> (as its first child) could still be stranded at the foot
 * of a page.
 */
function sectionElements(styles: HandoutStyles, section: HandoutSectionSnapshot, key: string, locale: Locale): ReactNode[] {
  const chrome = sectionChrome(section, locale)
  const note = languageNote(styles, section, locale, key)
  // An urgent kind ("When to get help now") boxes its own heading with its body, kept together.
  if (isUrgentSection(section)) {
    return [
      ...note,
      <View key={key} {...outlineEntry(section.heading, false)}>
        {sectionPdfElements(section, key, chrome)}
      </View>,
    ]
  }
  const heading = (
    <Text key={`${key}-heading`} style={styles.sectionHeading} minPresenceAhead={HEADING_MIN_PRESENCE_AHEAD} {...outlineEntry(section.heading, false)}>
      {section.heading}
    </Text>
  )
  // A picture cannot split, so minPresenceAhead alone would leave its heading at the foot of the page before it.
  if (keepsHeadingWithBody(section)) {
    return [
      ...note,
      <View key={key} wrap={false}>
        {heading}
        {sectionPdfElements(section, key, chrome)}
      </View>,
    ]
  }
  return [...note, heading, ...sectionPdfElements(section, key, chrome)]
}

/** `severalTopics`: the whole handout's, so a part of it (the sections after the instructions) is grouped as the rest is. */
function handoutBodyElements(styles: HandoutStyles, sections: HandoutSectionSnapshot[], severalTopics: boolean, locale: Locale): ReactNode[] {
  if (!severalTopics) {
    return sections.flatMap((section, index) => sectionElements(styles, section, `${index}-${section.sectionId}`, locale))
  }
  return groupSectionsByTopic(sections).map((group, groupIndex) => (
    // The topic <View> carries the outline entry so its sections nest under it in the PDF outline.
    <View key={`${groupIndex}-${group.topicId}`} style={styles.topic} {...outlineEntry(group.topicTitle, true)}>
      {/* Gives the topic heading an earlier sibling, so minPresenceAhead can move it to the next page (see sectionElements). */}
      <View style={styles.presenceAnchor} />
      <Text style={styles.topicHeading} minPresenceAhead={HEADING_MIN_PRESENCE_AHEAD + 24}>
        {group.topicTitle}
      </Text>
      {group.sections.flatMap((section, index) => sectionElements(styles, section, `${groupIndex}-${index}-${section.sectionId}`, locale))}
    </View>
  ))
}

/** "The main thing to know", one message per topic (named when there are several), first on the first page. */
function MainMessageBox({ styles, messages, words }: { styles: HandoutStyles; messages: readonly TopicMainMessage[]; words: PatientMessages }): ReactElement {
  const namesTopics = messages.length > 1
  return (
    <View style={styles.mainMessage} wrap={false} {...outlineEntry(words.mainMessageHeading, false)}>
      <Text style={styles.mainMessageHeading}>{words.mainMessageHeading}</Text>
      {messages.map((message, index) => (
        <View key={index}>
          {namesTopics && message.topicTitle ? <Text style={styles.mainMessageTopic}>{message.topicTitle}</Text> : null}
          <Text style={styles.mainMessageText}>{message.mainMessage}</Text>
          {message.summary ? <Text>{message.summary}</Text> : null}
        </View>
      ))}
    </View>
  )
}

function InstructionsBox({ styles, paragraphs, words }: { styles: HandoutStyles; paragraphs: string[]; words: PatientMessages }): ReactElement {
  return (
    <View style={styles.instructions}>
      <Text style={styles.instructionsHeading} minPresenceAhead={HEADING_MIN_PRESENCE_AHEAD}>
        {words.instructionsHeading}
      </Text>
      {paragraphs.map((paragraph, index) => (
        <Text key={index} style={index === paragraphs.length - 1 ? styles.instructionsLastParagraph : styles.instructionsParagraph}>
          {paragraph}
        </Text>
      ))}
    </View>
  )
}

function FollowUpBox({
  styles,
  date,
  contact,
  words,
}: {
  styles: HandoutStyles
  date: string | null
  contact: string | null
  words: PatientMessages
}): ReactElement {
  return (
    <View style={styles.followUp} wrap={false}>
      <Text style={styles.followUpHeading}>{words.nextSteps}</Text>
      {date ? <Text>{words.followUpAppointment(date)}</Text> : null}
      {contact ? <Text>{words.followUpQuestions(contact)}</Text> : null}
    </View>
  )
}

/**
 * react-pdf cannot write tagged (PDF/UA) files, so the patient's web page is
 * the accessible version: the PDF always says so, with the link and a QR
 * code when a share link exists.
 */
function WebVersion({
  styles,
  shareUrl,
  qrPng,
  shareAccess,
  words,
}: {
  styles: HandoutStyles
  shareUrl: string | null
  qrPng: Buffer | null | undefined
  shareAccess: HandoutDocumentData['shareAccess']
  words: PatientMessages
}): ReactElement {
  if (!shareUrl) {
    return (
      <View style={styles.closing} wrap={false}>
        <Text>{words.pdfAskForWebVersion}</Text>
      </View>
    )
  }
  return (
    <View style={[styles.closing, styles.webVersion]} wrap={false}>
      <View style={styles.webVersionText}>
        <Text>
          {richChildren(
            words.pdfReadOnline(
              <Link key="link" src={shareUrl} style={styles.closingLink}>
                {breakLongUrl(shareUrl)}
              </Link>,
            ),
          )}
        </Text>
        <Text>{words.pdfWebVersionIsAccessible}</Text>
        {/* Printed only on the copy made when the link was created: the code is never stored in clear. */}
        {shareAccess?.accessCode ? <Text style={styles.accessCode}>{words.pdfAccessCode(shareAccess.accessCode)}</Text> : null}
        {shareAccess?.asksBirthYear ? <Text>{words.pdfAsksBirthYear}</Text> : null}
      </View>
      {/* The QR code repeats the link for phone cameras; the text above is what screen readers and copy-paste get. */}
      {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf's Image has no alt; the link is printed as text beside it. */}
      {qrPng ? <Image style={styles.qr} src={{ data: qrPng, format: 'png' }} /> : null}
    </View>
  )
}

export function HandoutDocument({
  data,
  pageSize: pageSizeOverride,
  qrPng,
  logo,
  pageLabelWidthEms = DEFAULT_PAGE_LABEL_WIDTH_EMS,
}: HandoutDocumentProps): ReactElement<DocumentProps> {
  const pageSize: HandoutPageSize = pageSizeOverride ?? data.pageSize ?? 'LETTER'
  const styles = handoutStyles({
    bodyFontSize: data.largePrint ? LARGE_PRINT_BODY_FONT_SIZE : BODY_FONT_SIZE,
    accent: resolveAccentColor(data.clinic.accentColor),
    pageLabelWidthEms,
  })
  // Every word around the handout's own text is in its language; dates too.
  const locale = localeOf(data.language)
  const words = patientMessages(locale)
  const preparedOn = formatPreparedOnDate(data.createdAt, locale)
  const createdAt = new Date(data.createdAt)
  const paragraphs = instructionParagraphs(data.instructions)
  const shareUrl = printableUrl(data.shareUrl)
  const phone = data.clinic.phone?.trim()
  const address = data.clinic.address?.trim()
  const preferredName = data.preferredName?.trim()
  const followUp = formatLongDate(data.followUpDate, locale)
  const contact = contactText(data.contactLine, data.clinic, locale)
  const reviewed = formatLongDate(data.reviewedAt, locale)
  const sources = (data.sources ?? []).map((source) => source.trim()).filter((source) => source !== '')
  const mainMessages = data.mainMessages ?? []
  // The patient's reading order, as on the web page: main message, "When to get help now", instructions, the rest.
  const { warningSigns, others } = splitSectionsForReading(data.sections)
  const severalTopics = new Set(data.sections.map((section) => section.topicId)).size > 1

  return (
    // Metadata is visible to anyone the file is forwarded to and is indexed by
    // desktop search, so it names the handout and clinic but never the patient.
    <Document
      title={data.title}
      author={data.clinic.name}
      subject={words.pdfSubject}
      language={localeInfo(locale).tag}
      creator="Careleaf"
      producer="Careleaf"
      // A fixed creation date makes the same handout render to the same bytes.
      creationDate={Number.isNaN(createdAt.getTime()) ? undefined : createdAt}
      pageMode="useOutlines"
    >
      <Page size={pageSize} style={styles.page} wrap>
        <View style={styles.header} fixed>
          <View style={styles.headerBrand}>
            {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf's Image has no alt; the clinic name follows as text. */}
            {logo ? <Image style={styles.headerLogo} src={{ data: logo, format: logo[0] === 0x89 ? 'png' : 'jpg' }} /> : null}
            <Text style={styles.headerClinicName}>{data.clinic.name}</Text>
          </View>
          {phone ? (
            <Text style={styles.headerPhone}>
              {/* The words muted, the number as it is: wherever the language puts it. */}
              {words.pdfHeaderCall(PHONE).map((part, index) =>
                part === PHONE ? (
                  phone
                ) : (
                  <Text key={index} style={styles.headerPhoneLabel}>
                    {part}
                  </Text>
                ),
              )}
            </Text>
          ) : null}
        </View>

        <View style={styles.content}>
          <Text style={styles.title}>{data.title}</Text>
          <Text style={styles.preparedFor}>
            {richChildren(
              words.pdfPreparedFor(
                <Text key="name" style={styles.preparedForName}>
                  {data.patientName}
                </Text>,
                data.clinicianName,
                preparedOn,
              ),
            )}
          </Text>
          {preferredName ? <Text style={styles.greeting}>{words.greeting(preferredName)}</Text> : null}

          {/* A printout for a link carries it on page 1, with its access code and QR code: the slip a patient keeps. */}
          {shareUrl ? <WebVersion styles={styles} shareUrl={shareUrl} qrPng={qrPng} shareAccess={data.shareAccess} words={words} /> : null}

          {mainMessages.length > 0 ? <MainMessageBox styles={styles} messages={mainMessages} words={words} /> : null}

          {warningSigns.flatMap((section, index) => sectionElements(styles, section, `warn-${index}-${section.sectionId}`, locale))}

          {paragraphs.length > 0 ? <InstructionsBox styles={styles} paragraphs={paragraphs} words={words} /> : null}

          {handoutBodyElements(styles, others, severalTopics, locale)}

          {followUp || contact ? <FollowUpBox styles={styles} date={followUp} contact={contact} words={words} /> : null}

          {shareUrl ? null : <WebVersion styles={styles} shareUrl={null} qrPng={null} shareAccess={null} words={words} />}

          {sources.length > 0 ? <Text style={styles.sources}>{words.pdfSources(sources.join('; '))}</Text> : null}
        </View>

        <View style={[styles.footer, footerPosition(pageSize)]} fixed>
          {/* One text, its pieces joined by a real separator: side-by-side boxes gave no space between their words once one wrapped. */}
          <Text style={styles.footerClinic}>{footerText({ clinicName: data.clinic.name, address, reviewed, words })}</Text>
          <Text style={styles.footerPage} render={({ pageNumber, totalPages }) => words.pdfPageOf(pageNumber, totalPages)} />
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
