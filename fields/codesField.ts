import type { ArrayField } from 'payload'

import { normalizeIcd10Code } from '@/lib/topics/normalizeIcd10Code'

export const CODE_SYSTEMS = ['icd10cm', 'snomedct'] as const
export type CodeSystem = (typeof CODE_SYSTEMS)[number]

/** ICD-10-CM: a letter, two characters, then optionally a dot and 1-4 more (CDC/NCHS ICD-10-CM tabular list conventions). */
const ICD10CM_PATTERN = /^[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?$/
/** SNOMED CT concept ids are 6-18 digits (SNOMED International, "SCTID" specification). */
const SNOMEDCT_PATTERN = /^[0-9]{6,18}$/

export function isValidCode(system: CodeSystem, code: string): boolean {
  return system === 'icd10cm' ? ICD10CM_PATTERN.test(normalizeIcd10Code(code)) : SNOMEDCT_PATTERN.test(code.trim())
}

interface CodeRowData {
  system?: CodeSystem | null
}

/** Condition codes (ICD-10-CM, SNOMED CT) that a clinician can search by. */
export function codesField(overrides: Partial<ArrayField> = {}): ArrayField {
  return {
    name: 'codes',
    label: 'Condition codes',
    type: 'array',
    labels: { singular: 'Code', plural: 'Codes' },
    admin: { description: 'ICD-10-CM and SNOMED CT codes this topic is for. Clinicians can type a code into the library search.' },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'system',
            type: 'select',
            required: true,
            defaultValue: 'icd10cm',
            options: [
              { label: 'ICD-10-CM', value: 'icd10cm' },
              { label: 'SNOMED CT', value: 'snomedct' },
            ],
            admin: { width: '25%' },
          },
          {
            name: 'code',
            type: 'text',
            required: true,
            admin: { width: '25%' },
            hooks: {
              beforeValidate: [
                ({ value, siblingData }) =>
                  typeof value === 'string' && (siblingData as CodeRowData).system !== 'snomedct'
                    ? normalizeIcd10Code(value)
                    : typeof value === 'string'
                      ? value.trim()
                      : value,
              ],
            },
            validate: (value: string | null | undefined, { siblingData }: { siblingData: unknown }) => {
              const system = (siblingData as CodeRowData).system ?? 'icd10cm'
              if (!value) return 'Enter a code.'
              if (isValidCode(system, value)) return true
              return system === 'icd10cm' ? 'Not an ICD-10-CM code (for example M54.6).' : 'Not a SNOMED CT concept id (6 to 18 digits).'
            },
          },
          { name: 'display', label: 'Description', type: 'text', required: true, admin: { width: '50%' } },
        ],
      },
    ],
    ...overrides,
  } as ArrayField
}
