import type { RichText } from '../richText'

/** "3 days", "1 day", and whole weeks as weeks ("2 weeks"), which is how people say it. */
function watchPeriod(days: number): string {
  if (days >= 14 && days % 7 === 0) return `${days / 7} weeks`
  if (days === 7) return '1 week'
  return days === 1 ? '1 day' : `${days} days`
}

function triesLeft(attemptsLeft: number): string {
  return attemptsLeft === 1 ? '1 more try' : `${attemptsLeft} more tries`
}

const plural = (count: number, one: string, other: string) => (count === 1 ? one : other)

/**
 * Every word a patient reads around the handout's own text: the patient page
 * and its error pages, the access form, the PDF and its share slip. The source
 * catalogue: every other language (lib/i18n/messages/<code>.ts) has exactly
 * these keys, checked by the type below and by patientMessages.test.ts.
 *
 * A value is a string, or a small function when it takes a value (a count, a
 * date, a name). A function returning `RichText` places a piece the renderer
 * draws (a phone link, a bold date) inside the sentence, wherever the language
 * wants it. Words here are for patients: plain, short, no jargon.
 */
export const en = {
  // Every patient page
  skipToContent: 'Skip to content',
  emergencyLine: <Link>(link: Link): RichText<Link> => ['If you have a medical emergency, ', link, '.'],
  emergencyLinkText: (emergencyNumber: string) => `call ${emergencyNumber}`,
  /**
   * Words before the emergency number that belong in its tap target ("call 911"), lower case. Every
   * language's are used on every page: a section may be in another language than the page around it.
   */
  emergencyCallWords: ['call', 'dial'] as readonly string[],

  // The handout page
  handoutPageTitle: 'Your handout',
  preparedFor: (patientName: string, date: string) => `Prepared for ${patientName} on ${date}`,
  downloadPdf: 'Download PDF',
  print: 'Print',
  greeting: (preferredName: string) => `Hello ${preferredName},`,
  mainMessageHeading: 'The main thing to know',
  instructionsHeading: 'Your care team’s instructions',
  nextSteps: 'Next steps',
  followUpAppointment: <Date>(date: Date): RichText<Date> => ['Your follow-up appointment: ', date],
  followUpQuestions: (contact: string) => `Questions? ${contact}`,
  /** The contact line when the clinician wrote none: the clinic's phone. */
  callClinicOn: (clinicName: string, phone: string) => `Call ${clinicName} on ${phone}`,
  footerQuestions: <Contact>(contact: Contact): RichText<Contact> => ['Questions about this information? Contact ', contact, '.'],
  footerDisclaimer: 'This handout was prepared for you by your care team. It does not replace their advice.',
  /** Before a section the clinic gave in another language than the handout's; `language` is that language's name in this one. */
  sectionInOtherLanguage: (language: string) => `This part is only in ${language}. If you do not understand it, ask your clinic to explain it.`,

  // Inside sections
  warningTierEmergency: (emergencyNumber: string) => `Call ${emergencyNumber} now`,
  warningTierToday: 'Call your doctor now or today',
  warningTierWatch: (watchDays: number) => `Watch closely: call your doctor if not better in ${watchPeriod(watchDays)}`,
  tipsDo: 'Do',
  tipsDont: 'Don’t',
  checkTrue: 'True',
  checkFalse: 'False',
  exerciseHowOften: 'How often:',
  missingImage: (alt: string) => `[Image: ${alt}]`,

  // Links that show no handout
  revokedTitle: 'Handout no longer available',
  revokedHeading: 'This handout is no longer available',
  revokedBody: 'Your clinic has stopped sharing this handout online.',
  revokedContact: <Contact>(contact: Contact): RichText<Contact> => ['If you still need it, or have questions, contact ', contact, '.'],
  expiredTitle: 'Link expired',
  expiredHeading: 'This link has expired',
  expiredBody: 'For your privacy, handout links stop working after a set time.',
  expiredContact: <Contact>(contact: Contact): RichText<Contact> => ['Please contact ', contact, ' for a new copy.'],
  blockedTitle: 'Link closed',
  blockedHeading: 'This link is closed',
  blockedBody: 'For your privacy, this link was closed after several wrong answers.',
  blockedContact: <Contact>(contact: Contact): RichText<Contact> => ['Please contact ', contact, ' and ask for a new link.'],
  notFoundTitle: 'Page not found',
  notFoundHeading: 'Page not found',
  notFoundBody: 'This page does not exist. If someone gave you a link to a handout, check that it was copied in full, or ask your clinic for a new one.',
  notFoundContact: <Contact>(contact: Contact): RichText<Contact> => ['Contact ', contact, '.'],
  rateLimitedTitle: 'Too many requests',
  rateLimitedHeading: 'Please wait a moment',
  rateLimitedBody: (seconds: number) => `This page was asked for too often from your network. Try again in ${seconds} ${plural(seconds, 'second', 'seconds')}.`,
  unavailableTitle: 'Please try again shortly',
  unavailableHeading: 'Your handout cannot be shown just now',
  unavailableBody: 'Our system is briefly unavailable. Please try again in a few minutes.',
  unavailableContact: <Contact>(contact: Contact): RichText<Contact> => ['If you need advice before then, contact ', contact, '.'],
  unavailableEmergency: 'In an emergency, call your local emergency number.',

  // The patient check
  accessCheckTitle: 'Confirm it is you',
  accessCheckIntroAccessCode: 'To keep your information private, enter the access code from your paper handout to open your handout.',
  accessCheckIntroBirthYear: 'To keep your information private, enter the year you were born to open your handout.',
  accessCodeLabel: 'Access code',
  accessCodeHint: 'The 6-digit code printed on your paper handout.',
  birthYearLabel: 'Your year of birth',
  birthYearHint: 'Four digits, for example 1978.',
  showMyHandout: 'Show my handout',
  accessCheckHelp: <Contact>(contact: Contact): RichText<Contact> => ["Can't find it? Contact ", contact, '.'],
  accessCodeMalformed: 'Enter the 6 digits of the access code printed on your handout.',
  birthYearMalformed: 'Enter your year of birth as four digits, for example 1978.',
  accessCodeWrong: (attemptsLeft: number, pauseMinutes: number) =>
    `That access code is not right. Check it and try again (${triesLeft(attemptsLeft)} before the link pauses for ${pauseMinutes} minutes).`,
  birthYearWrong: (attemptsLeft: number, pauseMinutes: number) =>
    `That year of birth is not right. Check it and try again (${triesLeft(attemptsLeft)} before the link pauses for ${pauseMinutes} minutes).`,
  lockedTitle: 'Too many tries',
  lockedBody: (minutes: number) => `For your privacy this link is paused for ${minutes} ${plural(minutes, 'minute', 'minutes')} after several wrong answers.`,
  lockedContact: <Contact>(contact: Contact): RichText<Contact> => ['Try again later, or contact ', contact, '.'],
  formOnlyOnItsPage: 'This form only works on the page your clinic’s link opens. Open the link again and enter your answer there.',

  // "Check your understanding" on the handout page (teach-back: non-shaming, about how well it was explained)
  checkPartHeading: 'Check your understanding',
  checkPartIntro:
    'These questions check how well we explained things, not you. Your name is not asked. Your care team sees your answers so they know what to go over again.',
  checkQuestionNumber: (number: number) => `Question ${number}:`,
  checkSubmit: 'Check my answers',
  checkResultSummary: (right: number, total: number) => `You got ${right} of ${total} right.`,
  checkAllRight: 'Well done. Read the explanations below to be sure.',
  checkSomeWrong: 'Read the explanation under each question. You can change your answers and check them again.',
  checkRight: 'Right.',
  checkWrong: 'Not quite.',
  checkReadSectionAgain: <Link>(link: Link): RichText<Link> => ['Read the part ', link, ' again, then choose another answer and check again.'],
  checkAskCareTeam: 'If this is not clear, ask your care team to explain it again.',
  checkErrorSummaryTitle: 'There is a problem',
  checkChooseAnswer: (number: number) => `Choose an answer to question ${number}.`,
  checkChooseAnswerShort: 'Choose an answer.',
  checkUnreadable: 'We could not read your answers. Please answer the questions again.',

  // Plain-text answers of the PDF link
  tooManyRequests: 'Too many requests. Try again shortly.',
  pdfNotFound: 'Not found',
  pdfRevoked: 'This handout is no longer available. Please contact your clinic.',
  pdfExpired: 'This link has expired. Please contact your clinic for a new copy.',
  pdfBlocked: 'This link was closed after several wrong answers. Please contact your clinic for a new link.',
  pdfUnavailable: 'Your handout cannot be downloaded just now. Please try again in a few minutes.',
  pdfCannotDraw: 'This handout cannot be made into a PDF. Please read it on its web page, or ask your clinic for a printed copy.',

  // The PDF
  pdfSubject: 'Patient education handout',
  pdfHeaderCall: <Phone>(phone: Phone): RichText<Phone> => ['Questions? Call ', phone],
  pdfPreparedFor: <Name>(patientName: Name, clinicianName: string, date: string | null): RichText<Name> => [
    'Prepared for ',
    patientName,
    ` by ${clinicianName}${date ? ` on ${date}` : ''}`,
  ],
  /** Who prepared the handout when the clinician's account is gone. */
  yourCareTeam: 'your care team',
  pdfReadOnline: <Link>(link: Link): RichText<Link> => ['Read this handout online: ', link],
  pdfWebVersionIsAccessible: 'The web version is the accessible one: it works with screen readers and larger text.',
  pdfAskForWebVersion:
    'An accessible web version of this handout, which works with screen readers and larger text, is available: ask your care team for its link.',
  pdfAccessCode: (accessCode: string) => `Access code: ${accessCode}`,
  pdfAsksBirthYear: 'You will be asked for your year of birth.',
  pdfSources: (sources: string) => `Sources: ${sources}`,
  pdfReviewed: (date: string) => `Reviewed ${date}`,
  pdfPageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
}

/** The shape every catalogue has: the same keys as English, each with English's type. */
export type PatientMessages = typeof en
