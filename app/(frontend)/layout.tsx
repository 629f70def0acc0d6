import type { Metadata, Viewport } from 'next'
import { connection } from 'next/server'
import type { ReactNode } from 'react'

import './styles.css'

export const metadata: Metadata = {
  title: { default: 'Careleaf', template: '%s · Careleaf' },
  description: 'Patient education handouts from your clinic.',
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

export default async function FrontendLayout({ children }: { children: ReactNode }) {
  // Rendered per request so Next.js can put proxy.ts's CSP nonce on its inline scripts.
  await connection()
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        {children}
      </body>
    </html>
  )
}
