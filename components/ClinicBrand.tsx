import type { ClinicLogo } from '@/lib/clinic/clinicLogo'

const LOGO_HEIGHT = 32

/**
 * The clinic's logo and name in the workspace header, so clinicians see whose
 * branding their handouts carry. The logo's alt text is the clinic name; the
 * printed name beside it is hidden from screen readers so they hear it once.
 */
export function ClinicBrand({ name, logo }: { name: string; logo: ClinicLogo | null }) {
  if (!logo) return <span className="clinic-brand">{name}</span>
  const width = logo.width && logo.height ? Math.round((LOGO_HEIGHT * logo.width) / logo.height) : LOGO_HEIGHT
  return (
    <span className="clinic-brand">
      {/* eslint-disable-next-line @next/next/no-img-element -- a 320 px size Payload already made; next/image would resize it again */}
      <img src={logo.src} alt={name} width={width} height={LOGO_HEIGHT} />
      <span aria-hidden="true">{name}</span>
    </span>
  )
}
