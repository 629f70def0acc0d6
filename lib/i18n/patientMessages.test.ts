import { describe, expect, it } from 'vitest'

import { LOCALES } from './locales'
import { en, type PatientMessages } from './messages/en'
import { languageName, patientMessages } from './patientMessages'

type FunctionKey = { [K in keyof PatientMessages]: PatientMessages[K] extends (...args: never[]) => unknown ? K : never }[keyof PatientMessages]

/**
 * Arguments for every message that takes some. Typed by the catalogue: a new
 * message with parameters does not compile until it has a sample here, so the
 * emptiness check below reaches it too.
 */
const SAMPLE_ARGUMENTS: { [K in FunctionKey]: Parameters<PatientMessages[K]> } = {
  emergencyLine: ['LINK'],
  emergencyLinkText: ['911'],
  preparedFor: ['Pat', 'June 1, 2026'],
  greeting: ['Pat'],
  followUpAppointment: ['DATE'],
  followUpQuestions: ['Call us'],
  callClinicOn: ['Springfield', '(555) 010-0199'],
  footerQuestions: ['CONTACT'],
  sectionInOtherLanguage: ['English'],
  warningTierEmergency: ['911'],
  warningTierWatch: [3],
  missingImage: ['A towel'],
  revokedContact: ['CONTACT'],
  expiredContact: ['CONTACT'],
  blockedContact: ['CONTACT'],
  notFoundContact: ['CONTACT'],
  rateLimitedBody: [30],
  unavailableContact: ['CONTACT'],
  accessCheckHelp: ['CONTACT'],
  accessCodeWrong: [3, 15],
  birthYearWrong: [3, 15],
  lockedBody: [15],
  lockedContact: ['CONTACT'],
  checkQuestionNumber: [1],
  checkResultSummary: [1, 2],
  checkReadSectionAgain: ['LINK'],
  checkChooseAnswer: [2],
  pdfHeaderCall: ['PHONE'],
  pdfPreparedFor: ['NAME', 'Dr. Okafor', 'June 1, 2026'],
  pdfReadOnline: ['LINK'],
  pdfAccessCode: ['123456'],
  pdfSources: ['NHS'],
  pdfReviewed: ['June 1, 2026'],
  pdfPageOf: [1, 2],
}

/** Every value of a catalogue as the text a patient would read, functions called with their samples. */
function renderedMessages(messages: PatientMessages): Array<[string, string]> {
  return Object.entries(messages).map(([key, value]: [string, unknown]) => {
    if (typeof value === 'function') {
      const result: unknown = (value as (...args: unknown[]) => unknown)(...(SAMPLE_ARGUMENTS[key as FunctionKey] as unknown[]))
      return [key, Array.isArray(result) ? result.join('') : String(result)]
    }
    return [key, Array.isArray(value) ? value.join('|') : String(value)]
  })
}

describe('patient message catalogues', () => {
  it('has every English key in every locale, and no other', () => {
    for (const { code } of LOCALES) expect(Object.keys(patientMessages(code)).sort(), code).toEqual(Object.keys(en).sort())
  })

  it('has no empty message in any locale, and fills in every value it is given', () => {
    for (const { code } of LOCALES) {
      for (const [key, text] of renderedMessages(patientMessages(code))) {
        expect(text.trim(), `${code}.${key}`).not.toBe('')
        expect(text, `${code}.${key}`).not.toMatch(/undefined|NaN|\[object/)
      }
    }
    // Each call word list is a list of real words, not an empty string among them.
    for (const { code } of LOCALES) expect(patientMessages(code).emergencyCallWords.every((words) => words.trim() !== '')).toBe(true)
  })

  it('puts a rich message’s piece where the language wants it', () => {
    expect(patientMessages('en').expiredContact('X')).toEqual(['Please contact ', 'X', ' for a new copy.'])
    expect(patientMessages('es').expiredContact('X')).toEqual(['Comuníquese con ', 'X', ' para pedir una copia nueva.'])
  })

  it('speaks to a Spanish-speaking patient as usted, with Spanish punctuation and accents', () => {
    const es = patientMessages('es')
    expect(es.warningTierEmergency('911')).toBe('Llame al 911 ahora')
    expect(es.warningTierToday).toBe('Llame a su médico ahora o hoy mismo')
    expect(es.warningTierWatch(3)).toBe('Esté atento: llame a su médico si no mejora en 3 días')
    expect(es.warningTierWatch(1)).toBe('Esté atento: llame a su médico si no mejora en 1 día')
    expect(es.warningTierWatch(7)).toBe('Esté atento: llame a su médico si no mejora en 1 semana')
    expect(es.warningTierWatch(14)).toBe('Esté atento: llame a su médico si no mejora en 2 semanas')
    expect(es.accessCodeWrong(1, 15)).toContain('le queda 1 intento ')
    expect(es.accessCodeWrong(3, 15)).toContain('le quedan 3 intentos ')
    expect(es.lockedBody(1)).toContain('por 1 minuto ')
    const spanish = renderedMessages(es).map(([, text]) => text)
    // An opening ¿ for every closing ?, in the same message: "¿Tiene preguntas?".
    for (const text of spanish) expect(text.split('¿').length, text).toBe(text.split('?').length)
    // The informal "tú" forms a patient leaflet must not slip into.
    for (const text of spanish) expect(text, text).not.toMatch(/\b(tú|tienes|puedes|llama|escribe|pide)\b/i)
  })

  it('keeps English as it always was', () => {
    const english = patientMessages('en')
    expect(english.warningTierWatch(3)).toBe('Watch closely: call your doctor if not better in 3 days')
    expect(english.warningTierWatch(14)).toBe('Watch closely: call your doctor if not better in 2 weeks')
    expect(english.warningTierWatch(7)).toBe('Watch closely: call your doctor if not better in 1 week')
    expect(english.warningTierWatch(1)).toBe('Watch closely: call your doctor if not better in 1 day')
    expect(english.accessCodeWrong(1, 15)).toBe('That access code is not right. Check it and try again (1 more try before the link pauses for 15 minutes).')
    expect(english.rateLimitedBody(1)).toBe('This page was asked for too often from your network. Try again in 1 second.')
  })

  it('names another language in the handout’s own words', () => {
    expect(languageName('en', 'es')).toBe('inglés')
    expect(languageName('es', 'en')).toBe('Spanish')
    expect(patientMessages('es').sectionInOtherLanguage(languageName('en', 'es'))).toBe(
      'Esta parte solo está en inglés. Si no la entiende, pida a su clínica que se la explique.',
    )
  })
})
