import { getPortalUser } from '@/lib/auth/getPortalUser'
import { EducationRecordNotAllowedError, exportEducationRecord } from '@/lib/fhir/exportEducationRecord'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'
import { PdfFontCoverageError } from '@/lib/pdf/fontCoverage'

const text = (body: string, status: number) => new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

/** The handout's education record (FHIR R4 Bundle, type collection) as a download for the EHR. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await getPortalUser()
  if (!user) return text('Sign in to download this education record.', 401)
  const handoutId = Number((await params).id)
  if (!Number.isInteger(handoutId) || handoutId <= 0) return text('Not found', 404)

  try {
    const record = await exportEducationRecord({ payload: await getPayloadClient(), user, handoutId })
    if (!record) return text('Not found', 404)
    return new Response(JSON.stringify(record.bundle, null, 2), {
      status: 200,
      headers: {
        'Content-Type': 'application/fhir+json; charset=utf-8',
        'Content-Disposition': `attachment; filename="${record.fileName}"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  } catch (error) {
    if (error instanceof EducationRecordNotAllowedError) return text(error.message, 403)
    // The record carries the PDF: one its fonts cannot draw is refused as the PDF download refuses it.
    if (error instanceof PdfFontCoverageError) return text(error.message, 422)
    throw error
  }
}
