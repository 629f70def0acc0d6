'use client'

import { useMemo } from 'react'

import { shareQrCode } from '@/lib/share/shareQrCode'

export function ShareQrCode({ url }: { url: string }) {
  const qr = useMemo(() => shareQrCode(url), [url])
  return (
    <svg
      className="share-qr"
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      width={168}
      height={168}
      role="img"
      aria-label="QR code: scan it with a phone camera to open the handout"
      shapeRendering="crispEdges"
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  )
}
