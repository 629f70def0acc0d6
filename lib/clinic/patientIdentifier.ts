import type { Clinic } from '@/payload-types'

/** The second identifier a clinic asks for beside the patient's name, so two Maria Garcías differ in lists. */
export type PatientIdentifierKind = Clinic['patientIdentifier']

/** How the builder and the lists name it; null when the clinic asks for none. */
export function patientIdentifierLabel(kind: PatientIdentifierKind | null | undefined): string | null {
  switch (kind) {
    case 'date-of-birth':
      return 'Date of birth'
    case 'record-number':
      return 'Medical record number'
    default:
      return null
  }
}
