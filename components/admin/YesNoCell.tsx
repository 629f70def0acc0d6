'use client'

import type { DefaultCellComponentProps } from 'payload'

/** A checkbox column as words ("Yes" / "No"), not Payload's raw `true` / `false`. Set on every checkbox by readableAdminValues. */
export function YesNoCell({ cellData }: DefaultCellComponentProps) {
  return <span>{cellData === true ? 'Yes' : 'No'}</span>
}
