import type { CheckQuestion, CheckSectionSnapshot } from '@/blocks/CheckUnderstanding/kind'
import type { HandoutSectionSnapshot } from '@/lib/handouts/types'
import { type Locale, localeInfo } from '@/lib/i18n/locales'
import { otherSectionLocale } from '@/lib/i18n/otherSectionLocale'
import { languageName, type PatientMessages, patientMessages } from '@/lib/i18n/patientMessages'
import { answerFieldName, CHECK_SECTION_FIELD, offeredAnswers } from '@/lib/teachBack/checkPatientAnswers'

import { html, type SafeHtml } from './html'

/**
 * What the page says about one "Check your understanding" form, right after
 * the patient posted it. Only then: a patient who comes back later gets the
 * questions fresh (their answers are the clinician's to read, not kept in the
 * browser or the URL).
 */
export type CheckFeedback =
  /** Every question answered: right or not, the explanation, the way back to the section. */
  | { kind: 'answered'; sectionId: string; answers: ReadonlyMap<string, string> }
  /** Some left unanswered: an error summary (GOV.UK pattern), the answers given kept. */
  | { kind: 'missing'; sectionId: string; answers: ReadonlyMap<string, string>; missing: readonly string[] }
  /** A post the page could not have sent (tampered, stale, too large): say so, show the questions fresh. */
  | { kind: 'unreadable'; sectionId: string | null }

/** The handout's "Check your understanding" sections that have questions, in handout order. */
export function checkSectionsOf(sections: readonly HandoutSectionSnapshot[]): CheckSectionSnapshot[] {
  return sections.filter((section): section is CheckSectionSnapshot => section.blockType === 'check' && section.body.questions.length > 0)
}

const formId = (sectionId: string) => `check-${sectionId}`
const questionId = (question: CheckQuestion) => `q-${question.id}`
const optionInputId = (question: CheckQuestion, answer: string) => `q-${question.id}-${answer}`

function optionsOf(question: CheckQuestion, words: PatientMessages): Array<{ value: string; text: string; chrome: boolean }> {
  if (question.kind === 'true-false') {
    return [
      { value: 'true', text: words.checkTrue, chrome: true },
      { value: 'false', text: words.checkFalse, chrome: true },
    ]
  }
  return question.options.map((option) => ({ value: option.id, text: option.text, chrome: false }))
}

interface FormContext {
  token: string
  words: PatientMessages
  /** ` lang="…" dir="…"` for the section's own text when it is in another language than the page, else nothing. */
  textLang: SafeHtml
  /** Headings of the handout's other sections by id, for "read it again" links. */
  readableSections: ReadonlyMap<string, string>
}

function feedbackHtml(question: CheckQuestion, answer: string, context: FormContext): SafeHtml {
  const { words, textLang, readableSections } = context
  const correct = answer === question.correctAnswer
  const sectionHeading = readableSections.get(question.checksSection)
  const readAgain = correct
    ? ''
    : sectionHeading
      ? html`<p>${words.checkReadSectionAgain(html`<a href="#s-${question.checksSection}">${sectionHeading}</a>`)}</p>`
      : html`<p>${words.checkAskCareTeam}</p>`
  return html`<div id="${questionId(question)}-feedback" class="check-feedback check-feedback--${correct ? 'right' : 'wrong'}"><p><strong>${
    correct ? words.checkRight : words.checkWrong
  }</strong> <span${textLang}>${question.explanation}</span></p>${readAgain}</div>`
}

function questionHtml(question: CheckQuestion, number: number, feedback: CheckFeedback | null, context: FormContext): SafeHtml {
  const { words, textLang } = context
  const chosen = feedback && feedback.kind !== 'unreadable' ? feedback.answers.get(question.id) : undefined
  const isMissing = feedback?.kind === 'missing' && feedback.missing.includes(question.id)
  const answered = feedback?.kind === 'answered' && chosen !== undefined
  const describedBy = isMissing ? `${questionId(question)}-error` : answered ? `${questionId(question)}-feedback` : null
  const offered = new Set(offeredAnswers(question))
  return html`<fieldset id="${questionId(question)}" class="check-question"${describedBy ? html` aria-describedby="${describedBy}"` : ''}><legend><span class="check-number">${words.checkQuestionNumber(
    number,
  )}</span> <span${textLang}>${question.prompt}</span></legend>${
    isMissing ? html`<p id="${questionId(question)}-error" class="field-error">${words.checkChooseAnswerShort}</p>` : ''
  }${optionsOf(question, words)
    .filter((option) => offered.has(option.value))
    .map(
      (option) =>
        html`<div class="check-option"><input type="radio" id="${optionInputId(question, option.value)}" name="${answerFieldName(question.id)}" value="${option.value}"${
          chosen === option.value ? html` checked` : ''
        }${isMissing ? html` aria-invalid="true"` : ''}><label for="${optionInputId(question, option.value)}"${option.chrome ? '' : textLang}>${option.text}</label></div>`,
    )}${answered ? feedbackHtml(question, chosen, context) : ''}</fieldset>`
}

/** The block at the top of the posted form that takes focus: the result, or the problem. */
function formMessageHtml(section: CheckSectionSnapshot, feedback: CheckFeedback, words: PatientMessages): SafeHtml {
  const id = `${formId(section.sectionId)}-message`
  // `autofocus` moves focus here when the page loads, so a screen reader reads it first (no script needed).
  if (feedback.kind === 'answered') {
    const total = section.body.questions.length
    const right = section.body.questions.filter((question) => feedback.answers.get(question.id) === question.correctAnswer).length
    return html`<div id="${id}" class="check-result" tabindex="-1" autofocus><p><strong>${words.checkResultSummary(right, total)}</strong> ${
      right === total ? words.checkAllRight : words.checkSomeWrong
    }</p></div>`
  }
  if (feedback.kind === 'missing') {
    const numbered = section.body.questions.map((question, index) => ({ question, number: index + 1 }))
    return html`<div id="${id}" class="error-summary" role="alert" tabindex="-1" autofocus><p class="error-summary__title">${
      words.checkErrorSummaryTitle
    }</p><ul>${numbered
      .filter(({ question }) => feedback.missing.includes(question.id))
      .map(
        ({ question, number }) => html`<li><a href="#${optionInputId(question, offeredAnswers(question)[0]!)}">${words.checkChooseAnswer(number)}</a></li>`,
      )}</ul></div>`
  }
  return html`<p id="${id}" class="error" role="alert" tabindex="-1" autofocus>${words.checkUnreadable}</p>`
}

function checkFormHtml({
  section,
  feedback,
  headed,
  locale,
  context,
}: {
  section: CheckSectionSnapshot
  feedback: CheckFeedback | null
  /** With more than one form, each names its part by its own heading. */
  headed: boolean
  locale: Locale
  context: Omit<FormContext, 'textLang'>
}): SafeHtml {
  const other = otherSectionLocale(section, locale)
  const info = other ? localeInfo(other) : null
  const textLang = info ? html` lang="${info.tag}" dir="${info.direction}"` : html``
  const headingId = `${formId(section.sectionId)}-heading`
  const mine = feedback && feedback.sectionId === section.sectionId ? feedback : null
  return html`<form id="${formId(section.sectionId)}" class="check-form" method="post" action="/p/${context.token}/answers"${
    headed ? html` aria-labelledby="${headingId}"` : ''
  }>${headed ? html`<h3 id="${headingId}"${textLang}>${section.heading}</h3>` : ''}${
    other ? html`<p class="language-note">${context.words.sectionInOtherLanguage(languageName(other, locale))}</p>` : ''
  }${mine ? formMessageHtml(section, mine, context.words) : ''}<input type="hidden" name="${CHECK_SECTION_FIELD}" value="${section.sectionId}">${section.body.questions.map(
    (question, index) => questionHtml(question, index + 1, mine, { ...context, textLang }),
  )}<div class="actions"><button type="submit">${context.words.checkSubmit}</button></div></form>`
}

/**
 * "Check your understanding", after the handout's sections: one small form per
 * check section (1–3 questions each), so each has its button right under its
 * questions and a patient given several topics answers one at a time. Plain
 * HTML forms: they work without JavaScript, each question a fieldset with its
 * legend and radio buttons (WCAG 1.3.1, 3.3.2). Nothing when the handout has no questions.
 */
export function checkUnderstandingHtml({
  token,
  sections,
  feedback = null,
  locale,
}: {
  token: string
  sections: readonly HandoutSectionSnapshot[]
  feedback?: CheckFeedback | null
  locale: Locale
}): SafeHtml {
  const checks = checkSectionsOf(sections)
  if (checks.length === 0) return html``
  const words = patientMessages(locale)
  const readableSections = new Map(sections.filter((section) => section.blockType !== 'check').map((section) => [section.sectionId, section.heading]))
  const unplaced = feedback?.kind === 'unreadable' && !checks.some((section) => section.sectionId === feedback.sectionId)
  return html`<section class="check-part" aria-labelledby="check-heading"><h2 id="check-heading">${words.checkPartHeading}</h2><p>${words.checkPartIntro}</p>${
    unplaced ? html`<p id="check-message" class="error" role="alert" tabindex="-1" autofocus>${words.checkUnreadable}</p>` : ''
  }${checks.map((section) =>
    checkFormHtml({ section, feedback: unplaced ? null : feedback, headed: checks.length > 1, locale, context: { token, words, readableSections } }),
  )}</section>`
}
