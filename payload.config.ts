import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { AuditEvents } from './collections/AuditEvents'
import { Categories } from './collections/Categories'
import { EhrClients } from './collections/EhrClients'
import { EhrClientUsage } from './collections/EhrClientUsage'
import { FhirDeliveries } from './collections/FhirDeliveries'
import { Handouts } from './collections/Handouts'
import { Kits } from './collections/Kits'
import { Media } from './collections/Media'
import { restrictLockedDocuments } from './collections/PayloadLockedDocuments'
import { repairPreferenceDeletion } from './collections/PayloadPreferences'
import { ShareAccessGuards } from './collections/ShareAccessGuards'
import { ShareLinks } from './collections/ShareLinks'
import { ShareRateLimits } from './collections/ShareRateLimits'
import { TeachBackAnswers } from './collections/TeachBackAnswers'
import { Topics } from './collections/Topics'
import { Users } from './collections/Users'
import { Clinic } from './globals/Clinic'
import { SignInSettings } from './globals/SignInSettings'
import { answerDatabaseUnavailable, tolerateIdleConnectionErrors } from './lib/db/answerDatabaseUnavailable'
import { databasePoolOptions } from './lib/db/databasePoolOptions'
import { noEmailAdapter } from './lib/email/noEmailAdapter'
import { DEFAULT_LOCALE, isRightToLeft, LOCALES } from './lib/i18n/locales'
import { defaultRequestLocale } from './lib/payload/defaultRequestLocale'
import { queryPathGuard } from './lib/payload/queryPathGuard'
import { readableAdminValues } from './lib/payload/readableAdminValues'
import { payloadLogger } from './lib/security/payloadLogger'
import { migrations } from './migrations'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Careleaf' },
    // No Gravatar: it would send a hash of each staff email to a third party (and break the CSP).
    avatar: 'default',
    // The same idle-logoff warning as the workspace (one session for both apps).
    components: {
      providers: ['@/components/IdleLogoffWarning#IdleLogoffWarning'],
      // Reviewers' queue first thing on the dashboard.
      beforeDashboard: ['@/components/admin/ReviewQueuePanel#ReviewQueuePanel'],
      afterNavLinks: ['@/components/admin/ContentPacksNavLink#ContentPacksNavLink'],
      // Admins exchange reviewed topics with other clinics (lib/contentPacks).
      views: { contentPacks: { Component: '@/components/admin/ContentPacksView#ContentPacksView', path: '/content-packs' } },
    },
  },
  collections: [
    Topics,
    Categories,
    Media,
    Handouts,
    Kits,
    ShareLinks,
    ShareAccessGuards,
    ShareRateLimits,
    TeachBackAnswers,
    FhirDeliveries,
    EhrClients,
    EhrClientUsage,
    Users,
    AuditEvents,
  ],
  globals: [Clinic, SignInSettings],
  // Patient text in every language of lib/i18n/locales.ts. No fallback: a missing translation reads as missing,
  // never as English text passed off as Spanish (the builder decides, visibly, what to do with it).
  localization: {
    locales: LOCALES.map((locale) => ({ code: locale.code, label: locale.label, rtl: isRightToLeft(locale) })),
    defaultLocale: DEFAULT_LOCALE,
    fallback: false,
  },
  editor: lexicalEditor(),
  // No outgoing email yet; Payload's default would log each recipient (a staff address on every reset request).
  email: noEmailAdapter,
  // Checked with a clear message at start-up (instrumentation.ts, scripts/portal.ts);
  // empty here only so `next build` can load the config without secrets.
  secret: process.env.PAYLOAD_SECRET ?? '',
  serverURL: process.env.NEXT_PUBLIC_SERVER_URL,
  // Nothing uses GraphQL; one less public surface to secure.
  graphQL: { disable: true },
  telemetry: false,
  // Log lines without query parameters or control characters (a failed query used to print the patient's data).
  logger: payloadLogger,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  db: postgresAdapter({
    // Bounded waits (connection, statement): a database restart gives 503s, not hung requests.
    pool: databasePoolOptions(process.env.DATABASE_URL),
    // Schema changes only through committed migrations, in dev as in production.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
  }),
  sharp,
  // REST requests during a database outage answer 503, and a restart does not take the process down.
  hooks: { afterError: [answerDatabaseUnavailable] },
  onInit: tolerateIdleConnectionErrors,
  // Every collection refuses sort/select/populate on fields the user cannot read; every admin date shows its year and
  // every checkbox column reads Yes / No.
  plugins: [queryPathGuard, readableAdminValues, defaultRequestLocale],
})
  .then(restrictLockedDocuments)
  .then(repairPreferenceDeletion)
