export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  // The build has no secrets; the running server must.
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  const { requireServerEnv } = await import('./lib/config/requireServerEnv')
  requireServerEnv()
  // One LISTENing connection per process: caches (the clinic row) learn of edits made on any instance,
  // and the proxy learns at once when PostgreSQL goes away (lib/db/databaseListener.ts).
  const { startDatabaseListener } = await import('./lib/db/databaseListener')
  startDatabaseListener(process.env.DATABASE_URL!)
  // Failed "Send to EHR" deliveries are retried with backoff by a timer in each server (only when an EHR is configured).
  if (process.env.CARELEAF_FHIR_BASE_URL) {
    const { startEhrDeliveryRetries } = await import('./lib/fhir/sendEducationRecord')
    startEhrDeliveryRetries(async () => (await import('./lib/payload/getPayloadClient')).getPayloadClient())
  }
  // Production servers start their PDF workers now (loading the renderer,
  // parsing fonts, one sample render) so the first clinician's download does
  // not wait for it. Not awaited: the server takes requests meanwhile. `next dev`
  // starts workers on demand instead, as it recompiles often.
  if (process.env.NODE_ENV === 'production' && process.env.CARELEAF_PDF_WARM_UP !== '0') {
    const { warmPdfRenderPool } = await import('./lib/pdf/pdfRenderPool')
    void warmPdfRenderPool()
  }
}
