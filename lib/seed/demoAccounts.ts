import type { Role } from '@/access/roles'

/**
 * Demo sign-ins for a local checkout only. They are created when the
 * database is the embedded one (or CARELEAF_SEED_DEMO=true) and are printed
 * on start and in the README; never enable them on a real deployment.
 */
export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; password: string; name: string; roles: Role[] }> = [
  { email: 'clinician@careleaf.local', password: 'demo-clinician-2026', name: 'Dr Sam Rivera', roles: ['clinician'] },
  { email: 'editor@careleaf.local', password: 'demo-editor-2026', name: 'Alex Morgan', roles: ['editor'] },
  { email: 'reviewer@careleaf.local', password: 'demo-reviewer-2026', name: 'Dr Priya Shah', roles: ['reviewer'] },
  { email: 'admin@careleaf.local', password: 'demo-admin-2026', name: 'Careleaf Admin', roles: ['admin'] },
]
