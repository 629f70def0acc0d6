import type { PatientMessages } from './en'
import type { RichText } from '../richText'

/** "3 días", "1 día", and whole weeks as weeks ("2 semanas"), as people say it. */
function watchPeriod(days: number): string {
  if (days >= 14 && days % 7 === 0) return `${days / 7} semanas`
  if (days === 7) return '1 semana'
  return days === 1 ? '1 día' : `${days} días`
}

function triesLeft(attemptsLeft: number): string {
  return attemptsLeft === 1 ? 'le queda 1 intento' : `le quedan ${attemptsLeft} intentos`
}

const plural = (count: number, one: string, other: string) => (count === 1 ? one : other)

/**
 * The patient's words in Spanish, for Spanish speakers in the United States
 * (es-US): plain words at a low reading level, the formal "usted", and the
 * clinic's own terms where US clinics use them ("cita", "equipo de atención
 * médica"). Typed as the English catalogue, so a missing or extra key does not
 * compile.
 */
export const es: PatientMessages = {
  // Every patient page
  skipToContent: 'Saltar al contenido',
  emergencyLine: <Link>(link: Link): RichText<Link> => ['Si tiene una emergencia médica, ', link, '.'],
  emergencyLinkText: (emergencyNumber: string) => `llame al ${emergencyNumber}`,
  emergencyCallWords: ['llame al', 'llamar al', 'marque el', 'marque', 'marcar el'],

  // The handout page
  handoutPageTitle: 'Su folleto',
  preparedFor: (patientName: string, date: string) => `Preparado para ${patientName} el ${date}`,
  downloadPdf: 'Descargar el PDF',
  print: 'Imprimir',
  greeting: (preferredName: string) => `Hola, ${preferredName}:`,
  mainMessageHeading: 'Lo más importante',
  instructionsHeading: 'Instrucciones de su equipo de atención médica',
  nextSteps: 'Próximos pasos',
  followUpAppointment: <Date>(date: Date): RichText<Date> => ['Su próxima cita: ', date],
  followUpQuestions: (contact: string) => `¿Tiene preguntas? ${contact}`,
  callClinicOn: (clinicName: string, phone: string) => `Llame a ${clinicName} al ${phone}`,
  footerQuestions: <Contact>(contact: Contact): RichText<Contact> => ['¿Tiene preguntas sobre esta información? Comuníquese con ', contact, '.'],
  footerDisclaimer: 'Su equipo de atención médica preparó este folleto para usted. No reemplaza los consejos de su equipo.',
  sectionInOtherLanguage: (language: string) => `Esta parte solo está en ${language}. Si no la entiende, pida a su clínica que se la explique.`,

  // Inside sections
  warningTierEmergency: (emergencyNumber: string) => `Llame al ${emergencyNumber} ahora`,
  warningTierToday: 'Llame a su médico ahora o hoy mismo',
  warningTierWatch: (watchDays: number) => `Esté atento: llame a su médico si no mejora en ${watchPeriod(watchDays)}`,
  tipsDo: 'Haga esto',
  tipsDont: 'No haga esto',
  checkTrue: 'Verdadero',
  checkFalse: 'Falso',
  exerciseHowOften: '¿Cuántas veces?',
  missingImage: (alt: string) => `[Imagen: ${alt}]`,

  // Links that show no handout
  revokedTitle: 'Folleto no disponible',
  revokedHeading: 'Este folleto ya no está disponible',
  revokedBody: 'Su clínica dejó de compartir este folleto por internet.',
  revokedContact: <Contact>(contact: Contact): RichText<Contact> => ['Si todavía lo necesita o tiene preguntas, comuníquese con ', contact, '.'],
  expiredTitle: 'Enlace vencido',
  expiredHeading: 'Este enlace ya venció',
  expiredBody: 'Para proteger su privacidad, los enlaces a los folletos dejan de funcionar después de un tiempo.',
  expiredContact: <Contact>(contact: Contact): RichText<Contact> => ['Comuníquese con ', contact, ' para pedir una copia nueva.'],
  blockedTitle: 'Enlace cerrado',
  blockedHeading: 'Este enlace está cerrado',
  blockedBody: 'Para proteger su privacidad, este enlace se cerró después de varias respuestas incorrectas.',
  blockedContact: <Contact>(contact: Contact): RichText<Contact> => ['Comuníquese con ', contact, ' y pida un enlace nuevo.'],
  notFoundTitle: 'Página no encontrada',
  notFoundHeading: 'Página no encontrada',
  notFoundBody: 'Esta página no existe. Si alguien le dio un enlace a un folleto, revise que lo copió completo, o pida un enlace nuevo a su clínica.',
  notFoundContact: <Contact>(contact: Contact): RichText<Contact> => ['Comuníquese con ', contact, '.'],
  rateLimitedTitle: 'Demasiadas visitas',
  rateLimitedHeading: 'Por favor, espere un momento',
  rateLimitedBody: (seconds: number) =>
    `Se pidió esta página demasiadas veces desde su red. Intente de nuevo en ${seconds} ${plural(seconds, 'segundo', 'segundos')}.`,
  unavailableTitle: 'Intente de nuevo pronto',
  unavailableHeading: 'No podemos mostrar su folleto en este momento',
  unavailableBody: 'Nuestro sistema no funciona por un momento. Intente de nuevo en unos minutos.',
  unavailableContact: <Contact>(contact: Contact): RichText<Contact> => ['Si necesita consejo antes, comuníquese con ', contact, '.'],
  unavailableEmergency: 'Si tiene una emergencia, llame al número de emergencias de su zona.',

  // The patient check
  accessCheckTitle: 'Confirme que es usted',
  accessCheckIntroAccessCode: 'Para proteger su información, escriba el código de acceso que aparece en su folleto de papel. Así podrá ver su folleto.',
  accessCheckIntroBirthYear: 'Para proteger su información, escriba el año en que nació. Así podrá ver su folleto.',
  accessCodeLabel: 'Código de acceso',
  accessCodeHint: 'El código de 6 números que aparece en su folleto de papel.',
  birthYearLabel: 'Año en que nació',
  birthYearHint: 'Cuatro números, por ejemplo 1978.',
  showMyHandout: 'Ver mi folleto',
  accessCheckHelp: <Contact>(contact: Contact): RichText<Contact> => ['¿No lo encuentra? Comuníquese con ', contact, '.'],
  accessCodeMalformed: 'Escriba los 6 números del código de acceso que aparece en su folleto.',
  birthYearMalformed: 'Escriba el año en que nació con cuatro números, por ejemplo 1978.',
  accessCodeWrong: (attemptsLeft: number, pauseMinutes: number) =>
    `Ese código de acceso no es correcto. Revíselo e intente de nuevo (${triesLeft(attemptsLeft)} antes de que el enlace se bloquee por ${pauseMinutes} minutos).`,
  birthYearWrong: (attemptsLeft: number, pauseMinutes: number) =>
    `Ese año de nacimiento no es correcto. Revíselo e intente de nuevo (${triesLeft(attemptsLeft)} antes de que el enlace se bloquee por ${pauseMinutes} minutos).`,
  lockedTitle: 'Demasiados intentos',
  lockedBody: (minutes: number) =>
    `Para proteger su privacidad, este enlace está bloqueado por ${minutes} ${plural(minutes, 'minuto', 'minutos')} después de varias respuestas incorrectas.`,
  lockedContact: <Contact>(contact: Contact): RichText<Contact> => ['Intente de nuevo más tarde o comuníquese con ', contact, '.'],
  formOnlyOnItsPage: 'Este formulario solo funciona en la página que abre el enlace de su clínica. Abra el enlace otra vez y escriba su respuesta allí.',

  // "Check your understanding" on the handout page
  checkPartHeading: 'Compruebe lo que entendió',
  checkPartIntro:
    'Estas preguntas comprueban si le explicamos bien las cosas; no son una prueba para usted. No le pedimos su nombre. Su equipo de atención médica ve sus respuestas para saber qué volver a explicarle.',
  checkQuestionNumber: (number: number) => `Pregunta ${number}:`,
  checkSubmit: 'Revisar mis respuestas',
  checkResultSummary: (right: number, total: number) => `Acertó ${right} de ${total}.`,
  checkAllRight: 'Muy bien. Lea las explicaciones de abajo para asegurarse.',
  checkSomeWrong: 'Lea la explicación debajo de cada pregunta. Puede cambiar sus respuestas y revisarlas otra vez.',
  checkRight: 'Correcto.',
  checkWrong: 'No exactamente.',
  checkReadSectionAgain: <Link>(link: Link): RichText<Link> => ['Vuelva a leer la parte ', link, '; luego elija otra respuesta y revísela otra vez.'],
  checkAskCareTeam: 'Si no le queda claro, pida a su equipo de atención médica que se lo explique otra vez.',
  checkErrorSummaryTitle: 'Hay un problema',
  checkChooseAnswer: (number: number) => `Elija una respuesta para la pregunta ${number}.`,
  checkChooseAnswerShort: 'Elija una respuesta.',
  checkUnreadable: 'No pudimos leer sus respuestas. Por favor, responda las preguntas otra vez.',

  // Plain-text answers of the PDF link
  tooManyRequests: 'Demasiadas visitas. Intente de nuevo en un momento.',
  pdfNotFound: 'No se encontró esta página.',
  pdfRevoked: 'Este folleto ya no está disponible. Comuníquese con su clínica.',
  pdfExpired: 'Este enlace ya venció. Comuníquese con su clínica para pedir una copia nueva.',
  pdfBlocked: 'Este enlace se cerró después de varias respuestas incorrectas. Comuníquese con su clínica para pedir un enlace nuevo.',
  pdfUnavailable: 'No se puede descargar su folleto en este momento. Intente de nuevo en unos minutos.',
  pdfCannotDraw: 'No se puede hacer un PDF de este folleto. Léalo en su página web o pida a su clínica una copia impresa.',

  // The PDF
  pdfSubject: 'Folleto de información para pacientes',
  pdfHeaderCall: <Phone>(phone: Phone): RichText<Phone> => ['¿Tiene preguntas? Llame al ', phone],
  pdfPreparedFor: <Name>(patientName: Name, clinicianName: string, date: string | null): RichText<Name> => [
    'Preparado para ',
    patientName,
    ` por ${clinicianName}${date ? ` el ${date}` : ''}`,
  ],
  yourCareTeam: 'su equipo de atención médica',
  pdfReadOnline: <Link>(link: Link): RichText<Link> => ['Lea este folleto en internet: ', link],
  pdfWebVersionIsAccessible: 'La versión web es la más fácil de usar: funciona con lectores de pantalla y con letra más grande.',
  pdfAskForWebVersion:
    'Hay una versión web de este folleto que funciona con lectores de pantalla y con letra más grande: pida el enlace a su equipo de atención médica.',
  pdfAccessCode: (accessCode: string) => `Código de acceso: ${accessCode}`,
  pdfAsksBirthYear: 'Le van a pedir el año en que nació.',
  pdfSources: (sources: string) => `Fuentes: ${sources}`,
  pdfReviewed: (date: string) => `Revisado el ${date}`,
  pdfPageOf: (page: number, pages: number) => `Página ${page} de ${pages}`,
}
