import type { Migration } from 'payload'

import { migrations } from '@/migrations'

/**
 * The generated `migrations/index.ts`, typed as Payload's `migrate()` wants.
 * Imported rather than read from disk so migrating works the same under tsx,
 * vitest and Next.js. (The generated functions take the adapter's own
 * argument types, which Payload's generic `Migration` type widens to unknown.)
 */
export const committedMigrations = migrations as unknown as Migration[]
