/** The one CDS Hooks service Careleaf offers, under `/cds-services/<id>`. */
export const CDS_HOOKS_SERVICE_ID = 'careleaf-patient-education'
export const CDS_HOOKS_SERVICE_PATH = `/cds-services/${CDS_HOOKS_SERVICE_ID}`

/**
 * What the EHR sends along with each call (CDS Hooks 2.0 "prefetch
 * templates"): the patient's active problems and the patient, for the
 * language they prefer. The service never fetches them itself: a call
 * without them gets no cards.
 */
export const CDS_HOOKS_PREFETCH = {
  patient: 'Patient/{{context.patientId}}',
  conditions: 'Condition?patient={{context.patientId}}&clinical-status=active',
} as const

export interface CdsHooksServiceDescription {
  hook: 'patient-view'
  id: string
  title: string
  description: string
  prefetch: Record<string, string>
}

/** The discovery document (`GET /cds-services`, CDS Hooks 2.0 §Discovery). */
export function cdsHooksDiscovery(): { services: CdsHooksServiceDescription[] } {
  return {
    services: [
      {
        hook: 'patient-view',
        id: CDS_HOOKS_SERVICE_ID,
        title: 'Careleaf patient education',
        description:
          'Suggests the clinic’s own patient education handouts for the patient’s active problems (ICD-10-CM and SNOMED CT), in the language the patient prefers, with a link that opens the handout builder with those topics picked.',
        prefetch: { ...CDS_HOOKS_PREFETCH },
      },
    ],
  }
}

/**
 * The portal's public address: the configured one wins over the request's,
 * as for share links (lib/share/shareUrl.ts), because behind a proxy or under
 * `next start` the request may name an internal host.
 */
export function portalBaseUrl(request: Request, env: Record<string, string | undefined> = process.env): string {
  return new URL('/', env.NEXT_PUBLIC_SERVER_URL || env.NEXTAUTH_URL || request.url).toString()
}

/**
 * The service's absolute URL: what a JWT's `aud` must name (CDS Hooks 2.0
 * §Trusting CDS Clients: "the service endpoint, as specified in the
 * discovery endpoint").
 */
export function cdsHooksServiceUrl(request: Request, env: Record<string, string | undefined> = process.env): string {
  return new URL(CDS_HOOKS_SERVICE_PATH, portalBaseUrl(request, env)).toString()
}
