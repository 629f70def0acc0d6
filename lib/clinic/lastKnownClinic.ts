// On globalThis: written by the routes, read by the proxy, which Next.js bundles separately.
const LAST_KNOWN_KEY = Symbol.for('careleaf.lastKnownClinic')
const holder = globalThis as typeof globalThis & { [LAST_KNOWN_KEY]?: KnownClinicContact | null }

export interface KnownClinicContact {
  name: string
  phone: string | null
}

/**
 * The clinic's name and phone as this process last read them, kept for the
 * one page that cannot read them: the one saying the database is unreachable
 * (a patient should still see whom to call). No logo: its file is served
 * through the database too.
 */
export function rememberClinicContact(contact: KnownClinicContact): void {
  holder[LAST_KNOWN_KEY] = contact
}

export function lastKnownClinicContact(): KnownClinicContact | null {
  return holder[LAST_KNOWN_KEY] ?? null
}
