import type { GlobalAfterChangeHook } from 'payload'

import { relationId } from '@/lib/payload/relationId'
import { forgetCachedPdfs } from '@/lib/pdfCache/pdfCacheStore'
import type { Clinic } from '@/payload-types'

/** What every handout PDF prints of the clinic. */
const PRINTED_FIELDS = ['name', 'phone', 'address', 'accentColor', 'defaultPageSize'] as const

function printedBranding(clinic: Partial<Clinic> | undefined): string {
  const logo = clinic?.logo ? relationId(clinic.logo) : null
  return JSON.stringify([...PRINTED_FIELDS.map((field) => clinic?.[field] ?? null), logo])
}

/**
 * Cached PDFs made with the old branding would never be asked for again
 * (their key holds the old values); dropping them at once keeps the table
 * from holding a copy of every handout twice. A new logo file under the
 * same media id also moves the media row, which the key covers.
 */
export const forgetCachedPdfsAfterBrandingChange: GlobalAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (printedBranding(doc as Clinic) !== printedBranding(previousDoc as Clinic | undefined)) await forgetCachedPdfs(req.payload)
  return doc
}
