import QRCode from 'qrcode'

export interface ShareQrCode {
  /** Modules per side, quiet zone included. */
  size: number
  /** One SVG path of unit squares, drawn in a `0 0 size size` viewBox. */
  path: string
}

const QUIET_ZONE = 4

/**
 * The share URL as a QR code, computed locally (no image service sees the
 * token). Returned as a path so the same data draws on screen (SVG) and in
 * the PDF (react-pdf's Svg), with no data: URL for a CSP to allow.
 */
export function shareQrCode(url: string): ShareQrCode {
  // Level M survives a crease or smudge on paper and keeps a 43-character token URL small.
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' })
  const commands: string[] = []
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      if (modules.get(row, col)) commands.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`)
    }
  }
  return { size: modules.size + QUIET_ZONE * 2, path: commands.join('') }
}
