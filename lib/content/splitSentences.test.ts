import { describe, expect, it } from 'vitest'

import { splitSentences } from './splitSentences'

describe('splitSentences', () => {
  it('splits at full stops, question marks and exclamation marks followed by a capital', () => {
    expect(splitSentences('Sleep on your back. Does it hurt? Stop now! Then rest.')).toEqual([
      'Sleep on your back.',
      'Does it hurt?',
      'Stop now!',
      'Then rest.',
    ])
  })

  it('keeps decimals, web addresses and common abbreviations inside the sentence', () => {
    expect(splitSentences('Take 2.5 mg, e.g. with food. See example.com for more. Ask Dr. Patel first.')).toEqual([
      'Take 2.5 mg, e.g. with food.',
      'See example.com for more.',
      'Ask Dr. Patel first.',
    ])
  })

  it('does not split before a lower-case word', () => {
    expect(splitSentences('Use approx. two pillows. Rest.')).toEqual(['Use approx. two pillows.', 'Rest.'])
    expect(splitSentences('It ends here. and continues')).toEqual(['It ends here. and continues'])
  })

  it('keeps closing quotes with the sentence they close', () => {
    expect(splitSentences('He said “rest.” Then he left.')).toEqual(['He said “rest.”', 'Then he left.'])
  })

  it('rejoins to the whitespace-normalised input', () => {
    const paragraph =
      'Upper back pain during sleep may also be a side effect of some medications. Muscle spasms and pain can be ' +
      'effectively alleviated by the use of muscle relaxants, notably Pain O Soma 350 and Pain O Soma 500. These ' +
      'medications can be obtained from Medicationplace.'
    const sentences = splitSentences(paragraph)
    expect(sentences).toHaveLength(3)
    expect(sentences.join(' ')).toBe(paragraph)
  })

  it('returns nothing for blank text and the text itself when there is no boundary', () => {
    expect(splitSentences('   ')).toEqual([])
    expect(splitSentences('no full stop at all')).toEqual(['no full stop at all'])
  })

  it('splits before Spanish questions and exclamations, which open with ¿ and ¡', () => {
    expect(splitSentences('Descanse. ¿Le duele la espalda? ¡Llame al médico! «¿Tiene fiebre?» Tome agua.')).toEqual([
      'Descanse.',
      '¿Le duele la espalda?',
      '¡Llame al médico!',
      '«¿Tiene fiebre?»',
      'Tome agua.',
    ])
  })

  it('keeps a Spanish question that continues a sentence inside it', () => {
    expect(splitSentences('Si le duele, ¿qué puede hacer? Llame.')).toEqual(['Si le duele, ¿qué puede hacer?', 'Llame.'])
  })

  it('keeps Spanish abbreviations inside the sentence', () => {
    expect(splitSentences('Pregunte a la Dra. García. Tome un analgésico, p. ej. Paracetamol. Ud. puede ducharse.')).toEqual([
      'Pregunte a la Dra. García.',
      'Tome un analgésico, p. ej. Paracetamol.',
      'Ud. puede ducharse.',
    ])
    expect(splitSentences('Vea la pág. 4 y el núm. 12 del folleto. Sr. Pérez, descanse.')).toEqual(['Vea la pág. 4 y el núm. 12 del folleto.', 'Sr. Pérez, descanse.'])
  })

  it('reads "no." as the end of a sentence unless a number follows', () => {
    expect(splitSentences('Puede ducharse o no. Después, descanse.')).toEqual(['Puede ducharse o no.', 'Después, descanse.'])
    expect(splitSentences('Just say no. Then rest.')).toEqual(['Just say no.', 'Then rest.'])
    expect(splitSentences('See form No. 5 for details.')).toEqual(['See form No. 5 for details.'])
  })
})
