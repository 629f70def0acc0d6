import sharp from 'sharp'

/**
 * The demo clinic's logo: a white leaf on a teal rounded square, drawn here
 * rather than taken from anywhere, so the repository owns it outright. Shapes
 * only (no text): SVG text would depend on the fonts installed where the seed
 * runs. Teal is the handout's default accent (#0b5450).
 */
export const DEMO_CLINIC_LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="480" viewBox="0 0 48 48">
<rect width="48" height="48" rx="10" fill="#0b5450"/>
<path d="M11 37C11 21 21 11 37 11C37 27 27 37 11 37Z" fill="#ffffff"/>
<path d="M13 35C19 28 25 22 32 16" stroke="#0b5450" stroke-width="1.6" stroke-linecap="round" fill="none"/>
</svg>`

export const DEMO_CLINIC_LOGO_FILE_NAME = 'careleaf-demo-logo.png'
export const DEMO_CLINIC_LOGO_ALT = 'Careleaf demo clinic logo: a white leaf on a teal square'

/** The logo as a 480 × 480 PNG (large enough for Payload to make its 320 px thumbnail, which the header uses). */
export async function demoClinicLogoPng(): Promise<Buffer> {
  return sharp(Buffer.from(DEMO_CLINIC_LOGO_SVG)).png({ compressionLevel: 9 }).toBuffer()
}
