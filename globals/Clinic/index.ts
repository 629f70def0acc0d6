import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { isAdminField } from '@/access/isAdminField'
import { setByServerCode } from '@/access/setByServerCode'
import { recordGlobalChange } from '@/lib/audit/recordGlobalChange'
import { CLINIC_LOGO_MIME_TYPES } from '@/lib/clinic/clinicLogo'
import { validateAccentColor } from '@/lib/clinic/contrastRatio'
import { validatePhoneNumber } from '@/lib/clinic/validatePhoneNumber'
import { CONTENT_PACK_CONTEXT } from '@/lib/contentPacks/contentPackOrigin'
import { DEFAULT_ACCENT_COLOR, PAGE_SIZES } from '@/lib/handouts/handoutOptions'
import { DEFAULT_READING_GRADE_TARGET } from '@/lib/readability/readingGradeTarget'

import { announceClinicChange } from './hooks/announceClinicChange'
import { forgetCachedPdfsAfterBrandingChange } from './hooks/forgetCachedPdfsAfterBrandingChange'

/** The clinic's public identity, printed on every handout. */
export const Clinic: GlobalConfig = {
  slug: 'clinic',
  label: 'Clinic',
  access: { read: anyone, update: isAdmin },
  hooks: { afterChange: [announceClinicChange, forgetCachedPdfsAfterBrandingChange, recordGlobalChange('clinic.update')] },
  fields: [
    { name: 'name', type: 'text', required: true, defaultValue: 'Careleaf Demo Clinic' },
    {
      name: 'phone',
      type: 'text',
      admin: { description: 'Shown to patients as the number to call with questions.' },
      validate: (value: string | null | undefined) => validatePhoneNumber(value),
    },
    { name: 'address', type: 'textarea' },
    {
      name: 'logo',
      type: 'upload',
      relationTo: 'media',
      // PDFs can embed only PNG and JPEG (react-pdf); WebP uploads are not offered.
      filterOptions: { mimeType: { in: CLINIC_LOGO_MIME_TYPES } },
      admin: {
        description:
          'PNG or JPEG, shown beside the clinic name on handouts, the workspace and patient pages. A wide logo on a transparent or white background prints best.',
      },
    },
    {
      name: 'accentColor',
      type: 'text',
      defaultValue: DEFAULT_ACCENT_COLOR,
      admin: {
        description:
          'Six-digit hex colour such as #0b5450, used for headings on handouts. It must reach 4.5 to 1 contrast on white (WCAG AA) so text in it stays readable.',
      },
      validate: (value: string | null | undefined) => validateAccentColor(value),
    },
    {
      name: 'defaultPageSize',
      type: 'select',
      required: true,
      defaultValue: 'LETTER',
      options: PAGE_SIZES.map((size) => ({ label: size.label, value: size.value })),
      admin: { description: 'Paper size of handout PDFs unless the clinician picks another.' },
    },
    {
      name: 'readingGradeTarget',
      label: 'Reading grade target',
      type: 'number',
      required: true,
      min: 3,
      max: 12,
      defaultValue: DEFAULT_READING_GRADE_TARGET,
      admin: {
        description:
          'Topics reading above this Flesch-Kincaid grade are flagged for the reviewer. Grade 6 is what the AMA and NIH recommend for patient materials.',
      },
    },
    {
      name: 'spanishReadabilityTarget',
      label: 'Spanish readability target (INFLESZ)',
      type: 'number',
      required: true,
      min: 40,
      max: 90,
      defaultValue: 65,
      admin: {
        description:
          'Spanish text scoring below this on the INFLESZ scale (Szigriszt-Pazos perspicuity) is flagged for the reviewer. 65 and above reads “bastante fácil” (fairly easy).',
      },
    },
    {
      name: 'defaultAccessCheck',
      label: 'Patient check on new links',
      type: 'select',
      required: true,
      defaultValue: 'access-code',
      options: [
        { label: 'None: anyone with the link sees the handout', value: 'none' },
        { label: 'Birth year', value: 'birth-year' },
        { label: 'Access code printed on the handout', value: 'access-code' },
      ],
      admin: {
        description: 'What a patient enters before the handout shows, unless the clinician picks another: a link forwarded by mistake then shows no name.',
      },
    },
    {
      name: 'patientIdentifier',
      label: 'Second patient identifier',
      type: 'select',
      required: true,
      defaultValue: 'none',
      options: [
        { label: 'None', value: 'none' },
        { label: 'Date of birth', value: 'date-of-birth' },
        { label: 'Medical record number', value: 'record-number' },
      ],
      admin: {
        description: 'Asked for beside the patient name and shown in clinicians’ lists, so two patients with one name differ. Never shown to the patient.',
      },
    },
    {
      name: 'contentPackOriginId',
      type: 'text',
      // Made once, by the first content pack export (lib/contentPacks): a clinic receiving packs recognises this Careleaf by it.
      // Not a secret, but of use to nobody outside the admin: patients read this global too.
      access: { read: isAdminField, create: setByServerCode(CONTENT_PACK_CONTEXT), update: setByServerCode(CONTENT_PACK_CONTEXT) },
      admin: { hidden: true },
    },
  ],
}
