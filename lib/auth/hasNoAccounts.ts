import type { Payload } from 'payload'

/**
 * A new installation has nobody to sign in as: Payload's admin creates the
 * first account. Counted with access overridden, since whoever asks is not
 * signed in, and only the yes or no leaves here.
 */
export async function hasNoAccounts(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  return totalDocs === 0
}
