import { hasRole } from './roles'

type MaybeUser = Parameters<typeof hasRole>[0]

/**
 * Content packs move a clinic's reviewed topics to another clinic and bring
 * theirs in as drafts: admins only, as for the clinic's other settings that
 * reach beyond one topic (lib/contentPacks).
 */
export function canExchangeContentPacks(user: MaybeUser): boolean {
  return hasRole(user, 'admin')
}
