import type { Role } from './roles'

/**
 * Who may do what, in one table: docs/access.md's table is rendered from
 * it (`renderAccessMatrixMarkdown`, kept in sync by a unit test) and the
 * access-matrix tests replay every cell through the Local API
 * (tests/int/accessMatrix.int.test.ts) and REST (e2e/access-matrix.spec.ts).
 * An integration test fails when payload.config.ts has a collection or global
 * that is not listed here.
 *
 * Grants (what a cell allows on one document):
 * - `yes` every document (soft-deleted ones included) · `no` none (Forbidden)
 * - `own` documents the user owns (handouts: `clinician`; share links:
 *   `createdBy`; kits: `owner`) · `own-live` the same, until soft-deleted
 * - `own-or-shared` own documents and those shared with the clinic (kits)
 * - `own-or-colleague-live` own documents and those of colleagues an admin
 *   marked as sharing with the clinic (handouts), until soft-deleted
 * - `self` the user's own account · `published` published versions only
 */
export type Grant = 'yes' | 'no' | 'own' | 'own-live' | 'own-or-shared' | 'own-or-colleague-live' | 'self' | 'published'
export type Operation = 'read' | 'create' | 'update' | 'delete'
export type GlobalOperation = 'read' | 'update'
export type Actor = 'anonymous' | Role

export const ACTORS: readonly Actor[] = ['anonymous', 'clinician', 'editor', 'reviewer', 'admin']
export const OPERATIONS: readonly Operation[] = ['read', 'create', 'update', 'delete']
export const GLOBAL_OPERATIONS: readonly GlobalOperation[] = ['read', 'update']

type Row = Record<Actor, Grant>
const onlyAdmin: Row = { anonymous: 'no', clinician: 'no', editor: 'no', reviewer: 'no', admin: 'yes' }
const nobody: Row = { anonymous: 'no', clinician: 'no', editor: 'no', reviewer: 'no', admin: 'no' }
const everyone: Row = { anonymous: 'yes', clinician: 'yes', editor: 'yes', reviewer: 'yes', admin: 'yes' }
const contentStaff: Row = { anonymous: 'no', clinician: 'no', editor: 'yes', reviewer: 'yes', admin: 'yes' }

export const ACCESS_MATRIX = {
  topics: {
    read: { anonymous: 'published', clinician: 'published', editor: 'yes', reviewer: 'yes', admin: 'yes' },
    create: contentStaff,
    update: contentStaff,
    delete: onlyAdmin,
  },
  categories: { read: everyone, create: contentStaff, update: contentStaff, delete: onlyAdmin },
  media: { read: everyone, create: contentStaff, update: contentStaff, delete: onlyAdmin },
  handouts: {
    read: { anonymous: 'no', clinician: 'own-or-colleague-live', editor: 'no', reviewer: 'no', admin: 'yes' },
    create: { anonymous: 'no', clinician: 'yes', editor: 'no', reviewer: 'no', admin: 'yes' },
    update: { anonymous: 'no', clinician: 'own-live', editor: 'no', reviewer: 'no', admin: 'yes' },
    delete: nobody,
  },
  kits: {
    read: { anonymous: 'no', clinician: 'own-or-shared', editor: 'no', reviewer: 'no', admin: 'yes' },
    create: { anonymous: 'no', clinician: 'yes', editor: 'no', reviewer: 'no', admin: 'yes' },
    update: { anonymous: 'no', clinician: 'own', editor: 'no', reviewer: 'no', admin: 'yes' },
    delete: { anonymous: 'no', clinician: 'own', editor: 'no', reviewer: 'no', admin: 'yes' },
  },
  'share-links': {
    read: { anonymous: 'no', clinician: 'own', editor: 'no', reviewer: 'no', admin: 'yes' },
    create: nobody,
    update: { anonymous: 'no', clinician: 'own', editor: 'no', reviewer: 'no', admin: 'yes' },
    delete: nobody,
  },
  'share-access-guards': { read: nobody, create: nobody, update: nobody, delete: nobody },
  'share-rate-limits': { read: nobody, create: nobody, update: nobody, delete: nobody },
  'teach-back-answers': { read: nobody, create: nobody, update: nobody, delete: nobody },
  'fhir-deliveries': { read: nobody, create: nobody, update: nobody, delete: nobody },
  'ehr-clients': { read: onlyAdmin, create: onlyAdmin, update: onlyAdmin, delete: onlyAdmin },
  'ehr-client-usage': { read: onlyAdmin, create: nobody, update: nobody, delete: nobody },
  users: {
    read: { anonymous: 'no', clinician: 'self', editor: 'self', reviewer: 'self', admin: 'yes' },
    create: onlyAdmin,
    update: { anonymous: 'no', clinician: 'self', editor: 'self', reviewer: 'self', admin: 'yes' },
    delete: onlyAdmin,
  },
  'audit-events': { read: onlyAdmin, create: nobody, update: nobody, delete: nobody },
} as const satisfies Record<string, Record<Operation, Row>>

/** Globals have one document each: a cell is `yes` or `no`. Adding a global is one entry here. */
export const GLOBAL_ACCESS_MATRIX = {
  clinic: {
    read: { anonymous: 'yes', clinician: 'yes', editor: 'yes', reviewer: 'yes', admin: 'yes' },
    update: { anonymous: 'no', clinician: 'no', editor: 'no', reviewer: 'no', admin: 'yes' },
  },
  'sign-in-settings': {
    read: { anonymous: 'no', clinician: 'no', editor: 'no', reviewer: 'no', admin: 'yes' },
    update: { anonymous: 'no', clinician: 'no', editor: 'no', reviewer: 'no', admin: 'yes' },
  },
} as const satisfies Record<string, Record<GlobalOperation, Record<Actor, 'yes' | 'no'>>>

export type MatrixCollection = keyof typeof ACCESS_MATRIX
export type MatrixGlobal = keyof typeof GLOBAL_ACCESS_MATRIX
export const MATRIX_COLLECTIONS = Object.keys(ACCESS_MATRIX) as MatrixCollection[]
export const MATRIX_GLOBALS = Object.keys(GLOBAL_ACCESS_MATRIX) as MatrixGlobal[]

export function grantFor(collection: MatrixCollection, operation: Operation, actor: Actor): Grant {
  return (ACCESS_MATRIX[collection][operation] as Row)[actor]
}
export function globalGrantFor(global: MatrixGlobal, operation: GlobalOperation, actor: Actor): 'yes' | 'no' {
  return (GLOBAL_ACCESS_MATRIX[global][operation] as Record<Actor, 'yes' | 'no'>)[actor]
}

/** What the tests know about a sample document, relative to the actor trying it. */
export interface SampleTraits {
  /** The actor owns it (or, for `users`, it is the actor's own account). */
  ownedByActor?: boolean
  published?: boolean
  sharedWithClinic?: boolean
  /** Its owner (another clinician) is marked by an admin as sharing handouts with the clinic. */
  ownerSharesWithClinic?: boolean
  /** Soft-deleted (`deletedAt` set). */
  deleted?: boolean
}

/** The one reading of a cell both access-matrix tests use: may this actor act on this document? */
export function grantAllows(grant: Grant, sample: SampleTraits): boolean {
  switch (grant) {
    case 'yes':
      return true
    case 'no':
      return false
    case 'own':
    case 'self':
      return sample.ownedByActor === true
    case 'own-live':
      return sample.ownedByActor === true && sample.deleted !== true
    case 'own-or-shared':
      return sample.ownedByActor === true || sample.sharedWithClinic === true
    case 'own-or-colleague-live':
      return (sample.ownedByActor === true || sample.ownerSharesWithClinic === true) && sample.deleted !== true
    case 'published':
      return sample.published === true
  }
}

/** Rules the table cannot say in one word, shown under it in the README. */
export const ACCESS_MATRIX_NOTES = [
  'Cells: ✅ every document (soft-deleted ones included) · — refused · `own` documents the user owns (handouts: `clinician`, kits: `owner`, share links: `createdBy`) · `own, not deleted` the same until the handout is soft-deleted · `own + shared with clinic` own kits and every kit marked "shared with the clinic" · `own + colleagues who share, not deleted` own handouts and those of every clinician an admin marked "Colleagues can see this clinician\'s handouts" (`sharesHandoutsWithClinic`), until soft-deleted · `self` the user\'s own account · `published` published versions only (drafts stay hidden).',
  'Topics: editors save drafts; only reviewers and admins publish (`enforcePublishWorkflow`), and sign-off fields (`reviewedBy`, `reviewedAt`, `reviewDueAt`, `acknowledgedFlags`) are reviewer/admin only. Draft versions are readable only by content staff (`readVersions`).',
  "Handouts: delete = soft delete (`deletedAt`, set by `deleteHandout` and audited as `handout.delete`); from then on the owner cannot read, list, update, download or share it, admins still can, and its patient links stop working (also when `deletedAt` is set through the API). The owner (`clinician`, kits: `owner`) is set from the signed-in user and never changes. A handout's snapshot (`sections`, `topicVersions`, `title`, `revisionOf`) is written once by `createHandout` (`revisionOf` only by Refresh) and never through the API, admins included (`serverWrittenField`); the owner may change the personal details (patient name, instructions, follow-up, print options), each change audited as `handout.update` with the changed field names only.",
  "Share links and audit events are written only by server code (`createShareLink`, `recordAuditEvent`), never through the API; the token hash and access-answer hash are never returned. A share link's owner (or an admin) may only revoke it, once (`revokeOnceField`); its handout, owner, token id, expiry, access check and counters are server-written (`serverWrittenField`).",
  '`share-access-guards` and `share-rate-limits` are server-only bookkeeping for the patient pages (`/p/*`): no API access for anyone. So are `teach-back-answers` (a patient\'s answers, stored against the share link and read by the handout\'s owner through server code) and `fhir-deliveries` ("Send to EHR" requests and their retries).',
  '`ehr-clients` (record systems allowed to open Careleaf from a chart) are admin-only; their Infobutton API key is generated by server code, shown once and kept as a hash that nobody reads. `ehr-client-usage` holds call counts per client per day, written only by server code.',
  'Categories, media and the `clinic` global (name, phone, address, logo — a PNG or JPEG from `media` —, accent colour, default paper size) are not patient data: anyone reads them, patients opening a shared handout included.',
  'Handouts shared with the clinic are read-only for colleagues: they open the page, download the PDF (audited as `handout.pdf` with the colleague as actor) and duplicate it for another patient; updating, deleting, refreshing and sharing stay with the owner or an admin (`canManageHandout`), and share links stay readable by their owner only.',
  'Users cannot change their own `roles`, `disabled` or `sharesHandoutsWithClinic` (field access: admin only); `sessionVersion` is set only by the server. Only admins unlock an account locked by failed sign-ins (`POST /api/users/unlock`, the same answer for unknown emails, audited as `user.unlock`).',
  'On every collection, `sort`, `select` and `populate` (like `where`) may name only fields the user can read, through relationships too (`refuseUnreadableQueryPaths`): hidden auth fields (`hash`, `salt`, `resetPasswordToken`, …) and fields nobody reads (`tokenHash`) answer 400; a sort across a relationship also needs read access to every related document.',
  "Payload's own `payload-locked-documents` (who is editing a document in the admin; anyone else's save gets 423): content staff only, always in the holder's own name, cleared by the holder or an admin (`collections/PayloadLockedDocuments`); clinicians get none. `payload-preferences` (admin UI settings): each user's own only.",
  "Content packs (`GET /api/topics/content-packs/export`, `POST /api/topics/content-packs/import`, the admin's Content packs page): admins only (`canExchangeContentPacks`); 401 signed out, 403 for other roles. An export reads published versions as the admin; an import writes drafts as the admin, with the provenance (`importedFrom`) and the translation status set only by that server code. Each is audited (`content-pack.export`, `content-pack.import`).",
  'GraphQL is disabled: `/api/graphql` and `/api/graphql-playground` are 404 for everyone.',
]

const GRANT_TEXT: Record<Grant, string> = {
  yes: '✅',
  no: '—',
  own: 'own',
  'own-live': 'own, not deleted',
  'own-or-shared': 'own + shared with clinic',
  'own-or-colleague-live': 'own + colleagues who share, not deleted',
  self: 'self',
  published: 'published',
}

export function renderAccessMatrixMarkdown(): string {
  const lines: string[] = []
  lines.push(`| Collection | Operation | ${ACTORS.join(' | ')} |`)
  lines.push(`| --- | --- | ${ACTORS.map(() => '---').join(' | ')} |`)
  for (const collection of MATRIX_COLLECTIONS) {
    for (const operation of OPERATIONS) {
      lines.push(`| \`${collection}\` | ${operation} | ${ACTORS.map((actor) => GRANT_TEXT[grantFor(collection, operation, actor)]).join(' | ')} |`)
    }
  }
  lines.push('')
  lines.push(`| Global | Operation | ${ACTORS.join(' | ')} |`)
  lines.push(`| --- | --- | ${ACTORS.map(() => '---').join(' | ')} |`)
  for (const global of MATRIX_GLOBALS) {
    for (const operation of GLOBAL_OPERATIONS) {
      lines.push(`| \`${global}\` | ${operation} | ${ACTORS.map((actor) => GRANT_TEXT[globalGrantFor(global, operation, actor)]).join(' | ')} |`)
    }
  }
  lines.push('')
  for (const note of ACCESS_MATRIX_NOTES) lines.push(`- ${note}`)
  return lines.join('\n')
}

export const README_MATRIX_START = '<!-- access-matrix:start (generated from access/accessMatrix.ts; `npm run docs:access` rewrites it) -->'
export const README_MATRIX_END = '<!-- access-matrix:end -->'
