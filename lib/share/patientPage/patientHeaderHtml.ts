import type { ClinicLogo } from '@/lib/clinic/clinicLogo'

import { html, type SafeHtml } from './html'

/** Height of the logo in CSS pixels; its width follows the image's proportions. */
const LOGO_HEIGHT = 40

export interface PatientHeaderClinic {
  name: string
  logo?: Pick<ClinicLogo, 'src' | 'width' | 'height'> | null
}

/**
 * The clinic's name, with its logo when one is set, at the top of every
 * patient page. The logo is served by this site (`img-src 'self'`, like the
 * handout's own images): a patient page makes no third-party request. Its
 * alt text is the clinic name, and the name printed beside it is hidden from
 * screen readers so they announce it once.
 */
export function patientHeaderHtml(clinic: PatientHeaderClinic): SafeHtml {
  const logo = clinic.logo
  if (!logo) return html`<header class="patient-header"><p>${clinic.name}</p></header>`
  // Width and height attributes size the image without a style attribute (the CSP allows none) and reserve its space before it loads.
  const width = logo.width && logo.height ? Math.round((LOGO_HEIGHT * logo.width) / logo.height) : LOGO_HEIGHT
  return html`<header class="patient-header"><p><img class="patient-header__logo" src="${logo.src}" alt="${clinic.name}" width="${width}" height="${LOGO_HEIGHT}"><span aria-hidden="true">${clinic.name}</span></p></header>`
}
