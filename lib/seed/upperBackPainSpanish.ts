/**
 * The Spanish (es-US) text of the seeded "upper back pain during sleep"
 * topic: every string the seed publishes to patients, one constant per
 * English constant, named `ES_` + the English name and shaped the same (same
 * paragraphs, list items and warning signs, in the same order), so each can
 * be written into the topic's 'es' locale field by field. The unit test
 * beside this file fails when an English constant gains a string, an item or
 * a number that has no Spanish counterpart.
 *
 * Written for patients with limited literacy (INFLESZ 65 or more, "bastante
 * fácil": Barrio-Cantalejo et al. 2008): "usted", short sentences, everyday
 * words, medical terms explained in brackets where the English explains
 * them. Term choices: docs/translation-notes-es.md.
 */

import type { UPPER_BACK_PAIN_EXERCISE, UPPER_BACK_PAIN_TIPS, UPPER_BACK_PAIN_WARNING_SIGNS } from './upperBackPainExtras'
import type { SeedIllustration } from './upperBackPainIllustrations'
import type { PlainTextSection, UPPER_BACK_PAIN_PLAN } from './upperBackPainPlainLanguage'

/**
 * How this text was made, said plainly so nobody takes it for a certified
 * translation. The seed records the review status itself (a machine draft the
 * demo reviewer approved after a side-by-side review); this is the origin.
 */
export const ES_UPPER_BACK_PAIN_TRANSLATION_PROVENANCE = {
  locale: 'es',
  sourceLocale: 'en',
  note:
    'Drafted by an AI language model for the Careleaf demo, from the project’s English plain-language text of this topic ' +
    '(lib/seed/upperBackPainPlainLanguage.ts, upperBackPainExtras.ts, upperBackPainIllustrations.ts). ' +
    'Not made or checked by a certified medical translator. ' +
    'A qualified bilingual reviewer must compare it side by side with the English before any real clinical use.',
} as const

/** The English title is written in seedDemoContent.ts: "Upper back pain during sleep". */
export const ES_UPPER_BACK_PAIN_TITLE = 'Dolor en la parte alta de la espalda al dormir'

export const ES_UPPER_BACK_PAIN_MAIN_MESSAGE =
  'Duerma boca arriba, con una almohada debajo del cuello y otra debajo de las rodillas. Mueva los hombros con suavidad cada día.'

export const ES_UPPER_BACK_PAIN_PLAIN_SUMMARY =
  'El dolor en la parte alta de la espalda de noche es común. Unos cambios en cómo duerme y cómo se mueve muchas veces ayudan.'

export const ES_WHY_IT_HURTS: PlainTextSection = {
  heading: 'Por qué le duele la parte alta de la espalda de noche',
  paragraphs: [
    'Mucha gente tiene dolor en la parte alta de la espalda de noche. Puede ser un dolor leve. También puede ser tan fuerte que usted no puede dormir.',
    'El dolor puede venir de la forma en que duerme. También puede venir de un problema de salud o de algunas medicinas. Esta hoja le dice qué puede hacer.',
  ],
}

export const ES_HOW_TO_LIE_IN_BED: PlainTextSection = {
  heading: 'Cómo acostarse para que le duela menos la espalda',
  paragraphs: [
    'La forma en que se acuesta es una causa común del dolor en la parte alta de la espalda. Algunas posturas fuerzan los músculos de esa parte de la espalda. Acostarse boca abajo le pone tensión al cuello y a la espalda.',
    'Trate de mantener la columna recta mientras duerme. Debe formar una línea desde el cuello hasta la rabadilla (el coxis).',
    'La mejor forma de hacerlo es acostarse boca arriba. Ponga una almohada debajo del cuello. Ponga una almohada pequeña o una toalla enrollada debajo de las rodillas. Así la columna mantiene su curva natural. Esto le quita tensión a la parte alta de la espalda.',
    'Si duerme de lado, use una almohada que llene el espacio entre el cuello y la cama. Una almohada larga para el cuerpo le puede ayudar a quedarse en su lugar. Trate de no dormir boca abajo.',
  ],
}

export const ES_PILLOW_AND_MATTRESS: PlainTextSection = {
  heading: 'Elija una almohada y una cama que le den apoyo',
  paragraphs: [
    'Una buena almohada y una buena cama pueden ayudar mucho. Elija una almohada que sostenga el cuello y los hombros. Le puede servir una almohada de espuma con memoria (memory foam) o una almohada para el cuello.',
    'Elija un colchón que sea cómodo para usted. Debe mantener la columna recta y no dejar que se hunda.',
  ],
}

export const ES_HEALTH_PROBLEMS: PlainTextSection = {
  heading: 'Problemas de salud que pueden causar el dolor',
  paragraphs: [
    'A veces un problema de salud causa el dolor. Puede ser un problema en los huesos o en los discos de la columna. Dos de estos problemas son la hernia de disco y la artritis.',
    'Otras causas son la columna curvada (escoliosis), poco espacio para los nervios de la columna (estenosis espinal) y la fibromialgia. Si cree que la causa es un problema de salud, vaya a ver a su médico pronto.',
  ],
}

export const ES_MEDICINES: PlainTextSection = {
  heading: 'Medicinas que pueden causar el dolor',
  paragraphs: [
    'Algunas medicinas le pueden dar mareo o cansancio. Y eso puede hacer que se pare o se siente en una posición que le haga daño a la espalda.',
    'Si cree que la causa es una medicina, hable con su médico. No deje de tomar ninguna medicina por su cuenta. Su médico le puede cambiar la dosis o darle otra medicina.',
  ],
}

export const ES_MORE_WAYS_TO_EASE_IT: PlainTextSection = {
  heading: 'Otras formas de aliviar el dolor',
  paragraphs: [
    'Los buenos hábitos de sueño también ayudan a la espalda. Acuéstese y levántese a la misma hora todos los días. No tome cafeína ni alcohol antes de acostarse. Tenga su cuarto tranquilo y sin ruido.',
    'Estírese y muévase un poco cada día. Esto le ayuda a pararse derecho y afloja los músculos tensos.',
    'Si el dolor no se quita o empeora, vaya a ver a su médico. Su médico puede enviarle a un terapeuta físico o sugerirle otro tipo de atención.',
  ],
}

export const ES_WHAT_TO_REMEMBER: PlainTextSection = {
  heading: 'Lo que debe recordar',
  paragraphs: [
    'El dolor en la parte alta de la espalda de noche muchas veces viene de la forma en que duerme. También lo puede causar un problema de salud o una medicina.',
    'Acuéstese boca arriba, con una almohada debajo del cuello y otra debajo de las rodillas. Muévase con suavidad cada día. Si el dolor no se quita, vaya a ver a su médico. Entre usted y su médico pueden encontrar la causa y hacer un plan que le sirva.',
  ],
}

export const ES_UPPER_BACK_PAIN_PLAN: typeof UPPER_BACK_PAIN_PLAN = {
  heading: 'Su plan',
  moments: [
    {
      when: 'Esta noche',
      actions: [
        'Ponga una almohada debajo del cuello.',
        'Ponga una almohada pequeña o una toalla enrollada debajo de las rodillas.',
        'Acuéstese boca arriba, no boca abajo.',
        'No tome cafeína ni alcohol antes de acostarse.',
      ],
    },
    {
      when: 'Cada día',
      actions: ['Haga círculos con los hombros 2 o 3 veces.', 'Camine un rato o muévase con suavidad.', 'Acuéstese y levántese a la misma hora.'],
    },
    {
      when: 'Llame si …',
      actions: [
        'Llame al 911 si tiene dolor en el pecho o dificultad para respirar.',
        'Llame hoy a su médico si tiene fiebre o si el dolor empezó después de una caída.',
        'Llame a su médico si el dolor no mejora en 2 semanas.',
      ],
    },
  ],
}

/**
 * Same signs, same order, same tiers as the English (the test compares
 * them); watchDays is a number and stays on the English. Each sign keeps its
 * tier's strength: "puede ser señal" for "can be a sign", "puede" for "may".
 */
export const ES_UPPER_BACK_PAIN_WARNING_SIGNS: Omit<typeof UPPER_BACK_PAIN_WARNING_SIGNS, 'watchDays'> = {
  heading: 'Cuándo pedir ayuda de inmediato',
  intro: 'Busque ayuda si tiene dolor en la parte alta de la espalda y alguna de estas señales.',
  signs: [
    {
      text: 'Dolor en el pecho, o dolor que se extiende al brazo, la mandíbula o la barriga',
      tier: 'emergency',
      reason: 'Puede ser señal de un problema del corazón.',
    },
    { text: 'Falta de aire', tier: 'emergency', reason: 'Puede ser señal de un problema del corazón o de los pulmones.' },
    {
      text: 'Empieza a sentir adormecimiento, hormigueo o debilidad en los brazos o las piernas',
      tier: 'emergency',
      reason: 'Un nervio de la columna puede estar apretado.',
    },
    { text: 'No puede controlar cuándo orina o cuándo hace popó', tier: 'emergency', reason: 'Un nervio de la columna puede estar apretado.' },
    { text: 'Fiebre, o siente calor y escalofríos', tier: 'today', reason: 'Puede tener una infección.' },
    { text: 'Dolor que empezó después de una caída, un choque de auto u otra lesión', tier: 'today', reason: 'Un hueso puede estar lastimado.' },
    { text: 'Está bajando de peso y no sabe por qué', tier: 'today', reason: 'Su médico debe buscar la causa.' },
    { text: 'El dolor no mejora', tier: 'watch' },
    { text: 'Se despierta por el dolor la mayoría de las noches', tier: 'watch' },
  ],
}

export const ES_UPPER_BACK_PAIN_TIPS: typeof UPPER_BACK_PAIN_TIPS = {
  heading: 'Consejos para dormir con dolor en la parte alta de la espalda',
  do: [
    'Duerma boca arriba con una almohada debajo del cuello.',
    'Ponga una almohada pequeña o una toalla enrollada debajo de las rodillas.',
    'Acuéstese y levántese a la misma hora todos los días.',
    'Estírese y muévase con suavidad durante el día.',
  ],
  dont: ['No duerma boca abajo.', 'No tome cafeína ni alcohol antes de acostarse.', 'No se quede en la cama todo el día. Moverse con suavidad ayuda.'],
}

export const ES_UPPER_BACK_PAIN_EXERCISE: typeof UPPER_BACK_PAIN_EXERCISE = {
  name: 'Círculos con los hombros',
  steps: [
    'Siéntese o párese con la espalda derecha. Deje que los brazos cuelguen sueltos.',
    'Suba los dos hombros hacia las orejas.',
    'Gírelos hacia atrás y luego hacia abajo.',
    'Suelte el aire mientras los hombros bajan.',
  ],
  repetitions: 'Hágalo de 5 a 10 veces, 2 o 3 veces al día. Deje de hacerlo si le empeora el dolor.',
}

/** The picture's alt text (on its media document) and its caption (on the topic's media section). */
type IllustrationText = Pick<SeedIllustration, 'alt' | 'caption'>

export const ES_BACK_SLEEPING_ILLUSTRATION: IllustrationText = {
  alt: 'Una persona está acostada boca arriba en una cama. Tiene una almohada debajo del cuello y otra almohada debajo de las rodillas.',
  caption: 'Acuéstese boca arriba. Ponga una almohada debajo del cuello y otra debajo de las rodillas.',
}

export const ES_SHOULDER_ROLL_ILLUSTRATION: IllustrationText = {
  alt: 'Dos pasos de los círculos con los hombros. Primero, los dos hombros suben hacia las orejas. Luego, los hombros giran hacia atrás y hacia abajo.',
  caption: 'Suba los hombros hasta las orejas. Luego gírelos hacia atrás y hacia abajo.',
}

/**
 * What Spanish-speaking patients and staff type, not a word-for-word list:
 * the English keywords' meanings plus the everyday ways of saying them.
 * "Dolor torácico" is left out on purpose: in Spanish it means chest pain.
 */
export const ES_UPPER_BACK_PAIN_KEYWORDS = [
  'dolor de espalda',
  'dolor de espalda alta',
  'dolor en la parte alta de la espalda',
  'dolor en la parte superior de la espalda',
  'dolor de espalda al dormir',
  'dolor de espalda en la noche',
  'dolor de espalda por la noche',
  'dolor en medio de la espalda',
  'dolor de columna',
  'dolor de la columna dorsal',
  'dolor dorsal',
  'dorsalgia',
  'espalda',
  'columna',
  'posición para dormir',
  'postura para dormir',
  'almohada',
  'colchón',
]

/** Matched to the English categories by slug; the slug and kind stay as they are. */
export const ES_UPPER_BACK_PAIN_CATEGORIES = [
  { slug: 'back-and-neck', name: 'Espalda y cuello' },
  { slug: 'musculoskeletal-health', name: 'Salud de músculos y huesos' },
]

/** The questions' text only: which section each checks, its kind and its right answer are the English ones. */
export const ES_UPPER_BACK_PAIN_CHECK: {
  heading: string
  questions: Array<{ prompt: string; options: Array<{ text: string }>; explanation: string }>
} = {
  heading: 'Compruebe lo que entendió',
  questions: [
    {
      prompt: 'Esta noche le duele la espalda. ¿Cómo se va a acostar para dormir?',
      options: [
        { text: 'Boca arriba, con una almohada debajo del cuello y otra debajo de las rodillas' },
        { text: 'Boca abajo, con la cabeza volteada hacia un lado' },
        { text: 'Bien encogido, sin almohada' },
      ],
      explanation:
        'Acostarse boca arriba con una almohada debajo del cuello y de las rodillas mantiene la columna recta. Acostarse boca abajo fuerza el cuello y la espalda.',
    },
    {
      prompt: '¿Qué va a hacer si le duele la espalda y además tiene dolor en el pecho?',
      options: [{ text: 'Llamar al 911 ahora' }, { text: 'Esperar unos días a ver si se le quita' }, { text: 'Tomar una pastilla para el dolor y acostarse' }],
      explanation: 'El dolor de espalda con dolor en el pecho puede ser señal de un problema del corazón. Llame al 911 ahora. No espere.',
    },
    {
      prompt: 'Si le da fiebre con el dolor de espalda, debe llamar a su médico hoy.',
      options: [],
      explanation: 'La fiebre puede querer decir que tiene una infección. Llame a su médico el mismo día.',
    },
  ],
}
