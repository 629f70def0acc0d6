import { describe, expect, it } from 'vitest'

import { countSpanishSyllables } from './countSpanishSyllables'

// Expected counts are the syllabifications the RAE's conventions give
// (Ortografía de la lengua española, 2010: diphthongs, triphthongs and
// hiatuses are fixed by spelling, whatever the speaker's pronunciation),
// with the division written out for each word. Words marked "RAE example"
// are among those the Ortografía itself uses to illustrate the rule.
const RULES: ReadonlyArray<{ rule: string; words: ReadonlyArray<[string, number, string]> }> = [
  {
    rule: 'one syllable per vowel when consonants separate them',
    words: [
      ['casa', 2, 'ca-sa'],
      ['dolor', 2, 'do-lor'],
      ['con', 1, 'con'],
      ['el', 1, 'el'],
      ['a', 1, 'a'],
      ['médico', 3, 'mé-di-co'],
      ['espalda', 3, 'es-pal-da'],
      ['rodillas', 3, 'ro-di-llas'],
      ['hombros', 2, 'hom-bros'],
      ['columna', 3, 'co-lum-na'],
      ['vértebra', 3, 'vér-te-bra'],
      ['músculo', 3, 'mús-cu-lo'],
      ['paracetamol', 5, 'pa-ra-ce-ta-mol'],
      ['ibuprofeno', 5, 'i-bu-pro-fe-no'],
      ['analgésico', 5, 'a-nal-gé-si-co'],
      ['enfermedad', 4, 'en-fer-me-dad'],
    ],
  },
  {
    rule: 'an open vowel (a, e, o) and an unaccented closed vowel (i, u) form a diphthong, either way round',
    words: [
      ['cuello', 2, 'cue-llo'],
      ['duerma', 2, 'duer-ma'],
      ['mueva', 2, 'mue-va'],
      ['suavidad', 3, 'sua-vi-dad'],
      ['agua', 2, 'a-gua'],
      ['bien', 1, 'bien'],
      ['tiene', 2, 'tie-ne'],
      ['pie', 1, 'pie (RAE example)'],
      ['aire', 2, 'ai-re'],
      ['causa', 2, 'cau-sa'],
      ['seis', 1, 'seis'],
      ['farmacia', 3, 'far-ma-cia'],
      ['fiebre', 2, 'fie-bre'],
      ['antiguo', 3, 'an-ti-guo (RAE example)'],
      ['reunir', 2, 'reu-nir (RAE example)'],
      ['estadounidense', 6, 'es-ta-dou-ni-den-se (RAE example)'],
      ['náuseas', 3, 'náu-se-as: the accent on the open vowel keeps the diphthong'],
      ['tratamiento', 4, 'tra-ta-mien-to'],
      ['fisioterapia', 5, 'fi-sio-te-ra-pia'],
      ['acuéstese', 4, 'a-cués-te-se'],
    ],
  },
  {
    rule: 'y at the end of a syllable is the closed vowel i; before a vowel it is a consonant',
    words: [
      ['y', 1, 'y'],
      ['hoy', 1, 'hoy'],
      ['muy', 1, 'muy'],
      ['rey', 1, 'rey'],
      ['hay', 1, 'hay'],
      ['estoy', 2, 'es-toy'],
      ['yo', 1, 'yo'],
      ['ya', 1, 'ya'],
      ['mayo', 2, 'ma-yo'],
      ['ayuda', 3, 'a-yu-da'],
      ['reyes', 2, 're-yes'],
      ['desayuno', 4, 'de-sa-yu-no'],
      ['bueyes', 2, 'bue-yes'],
      ['Yrigoyen', 4, 'Y-ri-go-yen: the old spelling of a name, y as a syllable of its own'],
    ],
  },
  {
    rule: 'two different closed vowels always form a diphthong, accented or not',
    words: [
      ['ciudad', 2, 'ciu-dad'],
      ['ruido', 2, 'rui-do (RAE example)'],
      ['cuidado', 3, 'cui-da-do'],
      ['viuda', 2, 'viu-da (RAE example)'],
      ['fluido', 2, 'flui-do'],
      ['incluido', 3, 'in-clui-do (RAE example)'],
      ['diurno', 2, 'diur-no (RAE example)'],
      ['triunfo', 2, 'triun-fo (RAE example)'],
      ['cuídate', 3, 'cuí-da-te'],
      ['construí', 2, 'cons-truí'],
    ],
  },
  {
    rule: 'closed + open + closed is a triphthong',
    words: [
      ['buey', 1, 'buey'],
      ['averiguáis', 4, 'a-ve-ri-guáis'],
      ['Uruguay', 3, 'U-ru-guay'],
      ['Paraguay', 3, 'Pa-ra-guay'],
      ['limpiéis', 2, 'lim-piéis'],
      ['confiáis', 2, 'con-fiáis (RAE example)'],
      ['actuáis', 2, 'ac-tuáis (RAE example)'],
      ['guau', 1, 'guau (RAE example)'],
    ],
  },
  {
    rule: 'one syllable since the 2010 rules (written without an accent)',
    words: [
      ['guion', 1, 'guion (RAE example)'],
      ['truhan', 1, 'truhan (RAE example)'],
      ['hui', 1, 'hui (RAE example)'],
      ['huir', 1, 'huir (RAE example)'],
      ['liais', 1, 'liais (RAE example)'],
      ['fie', 1, 'fie (RAE example)'],
      ['crio', 1, 'crio (RAE example)'],
    ],
  },
  {
    rule: 'two open vowels are a hiatus',
    words: [
      ['aéreo', 4, 'a-é-re-o'],
      ['poeta', 3, 'po-e-ta'],
      ['caos', 2, 'ca-os'],
      ['océano', 4, 'o-cé-a-no'],
      ['museo', 3, 'mu-se-o'],
      ['línea', 3, 'lí-ne-a (RAE example)'],
      ['peor', 2, 'pe-or'],
      ['teatro', 3, 'te-a-tro'],
      ['toalla', 3, 'to-a-lla'],
      ['traer', 2, 'tra-er'],
    ],
  },
  {
    rule: 'an accented í or ú next to an open vowel is a hiatus',
    words: [
      ['día', 2, 'dí-a'],
      ['país', 2, 'pa-ís'],
      ['río', 2, 'rí-o'],
      ['baúl', 2, 'ba-úl'],
      ['oído', 3, 'o-í-do'],
      ['reír', 2, 're-ír'],
      ['oír', 2, 'o-ír'],
      ['maíz', 2, 'ma-íz'],
      ['caída', 3, 'ca-í-da'],
      ['frío', 2, 'frí-o'],
      ['vacío', 3, 'va-cí-o'],
      ['reúne', 3, 're-ú-ne'],
      ['leíamos', 4, 'le-í-a-mos'],
      ['todavía', 4, 'to-da-ví-a'],
      ['policía', 4, 'po-li-cí-a'],
      ['continúa', 4, 'con-ti-nú-a'],
      ['taoísta', 4, 'ta-o-ís-ta (RAE example)'],
      ['huía', 2, 'huí-a: u + í is a diphthong, í + a a hiatus'],
    ],
  },
  {
    rule: 'identical vowels never share a syllable',
    words: [
      ['leer', 2, 'le-er'],
      ['creer', 2, 'cre-er'],
      ['zoo', 2, 'zo-o'],
      ['chiita', 3, 'chi-i-ta'],
      ['antiinflamatorio', 7, 'an-ti-in-fla-ma-to-rio'],
    ],
  },
  {
    rule: 'the u of que, qui, gue, gui is silent; ü and the u of gua, guo are pronounced',
    words: [
      ['que', 1, 'que'],
      ['qué', 1, 'qué'],
      ['quien', 1, 'quien'],
      ['quiero', 2, 'quie-ro'],
      ['queso', 2, 'que-so'],
      ['aquí', 2, 'a-quí'],
      ['pequeño', 3, 'pe-que-ño'],
      ['guerra', 2, 'gue-rra'],
      ['guitarra', 3, 'gui-ta-rra'],
      ['seguir', 2, 'se-guir'],
      ['siguiente', 3, 'si-guien-te'],
      ['guiar', 1, 'guiar'],
      ['sigue', 2, 'si-gue'],
      ['guía', 2, 'guí-a'],
      ['guapo', 2, 'gua-po'],
      ['pingüino', 3, 'pin-güi-no'],
      ['vergüenza', 3, 'ver-güen-za'],
      ['cigüeña', 3, 'ci-güe-ña'],
      ['argüir', 2, 'ar-güir'],
      ['averigüe', 4, 'a-ve-ri-güe'],
    ],
  },
  {
    rule: 'an h between vowels neither makes nor breaks a diphthong',
    words: [
      ['almohada', 4, 'al-mo-ha-da'],
      ['ahumado', 3, 'ahu-ma-do'],
      ['ahúma', 3, 'a-hú-ma'],
      ['rehusar', 2, 'rehu-sar'],
      ['rehúso', 3, 're-hú-so'],
      ['búho', 2, 'bú-ho'],
      ['ahí', 2, 'a-hí'],
      ['prohíbe', 3, 'pro-hí-be'],
      ['vehículo', 4, 've-hí-cu-lo'],
      ['ahora', 3, 'a-ho-ra'],
      ['alcohol', 3, 'al-co-hol'],
      ['zanahoria', 4, 'za-na-ho-ria'],
      ['cohete', 3, 'co-he-te'],
      ['cacahuete', 4, 'ca-ca-hue-te'],
      ['desahucio', 3, 'de-sahu-cio'],
      ['hielo', 2, 'hie-lo'],
      ['huevo', 2, 'hue-vo'],
      ['hospital', 3, 'hos-pi-tal'],
      ['hemorragia', 4, 'he-mo-rra-gia'],
    ],
  },
]

describe('countSpanishSyllables', () => {
  for (const { rule, words } of RULES) {
    describe(rule, () => {
      it.each(words)('counts "%s" as %i (%s)', (word, expected) => {
        expect(countSpanishSyllables(word)).toBe(expected)
      })
    })
  }

  it('ignores case and keeps accents, diaeresis and ñ when the word is upper-case', () => {
    expect(countSpanishSyllables('AÉREO')).toBe(4)
    expect(countSpanishSyllables('PAÍS')).toBe(2)
    expect(countSpanishSyllables('Ñandú')).toBe(2) // ñan-dú
    expect(countSpanishSyllables('PINGÜINO')).toBe(3)
    expect(countSpanishSyllables('mañana')).toBe(3) // ma-ña-na
  })

  it('reads accents typed as combining marks the same as precomposed ones', () => {
    expect(countSpanishSyllables('di\u0301a')).toBe(2)
    expect(countSpanishSyllables('pingu\u0308ino')).toBe(3)
  })

  it('adds up the parts of a hyphenated compound', () => {
    expect(countSpanishSyllables('hispano-árabe')).toBe(6) // his-pa-no + á-ra-be
    expect(countSpanishSyllables('físico-químico')).toBe(6) // fí-si-co + quí-mi-co
  })

  it('gives one syllable to letters without a vowel and none to numerals or punctuation', () => {
    expect(countSpanishSyllables('mg')).toBe(1)
    expect(countSpanishSyllables('2024')).toBe(0)
    expect(countSpanishSyllables('—')).toBe(0)
    expect(countSpanishSyllables('')).toBe(0)
  })

  it('ignores surrounding punctuation', () => {
    expect(countSpanishSyllables('¿Qué?')).toBe(1)
    expect(countSpanishSyllables('«día»,')).toBe(2)
  })
})
