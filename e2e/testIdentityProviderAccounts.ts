/** The test IdP's directory (e2e/testIdentityProvider.ts), apart so specs can name accounts without loading the IdP. */
export interface TestIdentityProviderAccount {
  /** What the tester types as "login" on the IdP's form. */
  login: string
  email: string
  emailVerified: boolean
  name: string
}

/**
 * The IdP's directory. Emails come back in the IdP's own spelling (mixed case
 * on purpose: Careleaf matches case-insensitively).
 */
export const TEST_IDP_ACCOUNTS = {
  /** The seeded demo clinician. */
  clinician: { login: 'sam.rivera', email: 'Clinician@Careleaf.local', emailVerified: true, name: 'Dr Sam Rivera' },
  /** The seeded demo editor. */
  editor: { login: 'alex.morgan', email: 'editor@careleaf.local', emailVerified: true, name: 'Alex Morgan' },
  /** Verified at the hospital but has no Careleaf account (until just-in-time provisioning is on). */
  newcomer: { login: 'jo.newcomer', email: 'jo.newcomer@hospital.example', emailVerified: true, name: 'Jo Newcomer' },
  /** Claims the demo reviewer's address without the IdP having verified it: must never be trusted. */
  unverified: { login: 'pat.unverified', email: 'reviewer@careleaf.local', emailVerified: false, name: 'Pat Unverified' },
} as const satisfies Record<string, TestIdentityProviderAccount>
