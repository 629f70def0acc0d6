import type { Role } from './roles'

/**
 * Who may do what, in one table: the README's access section is rendered from
 * it (`renderAccessMatrixMarkdown`, kept in sync by a unit test) and the
 * access-matrix tests replay every cell through the Local API and REST.
 *
 * - `yes` every document · `no` none · `own` documents the user owns (handouts:
 *   `clinician`; share links: `createdBy`) · `self` the user's own account ·
 *   `published` published versions only.
 */
export type Grant = 'yes' | 'no' | 'own' | 'self' | 'published'
export type Operation = 'read' | 'create' | 'update' | 'delete'
export type Actor = 'anonymous' | Role

export const ACTORS: readonly Actor[] = ['anonymous', 'clinician', 'editor', 'reviewer', 'admin']
export const OPERATIONS: readonly Operation[] = ['read', 'create', 'update', 'delete']

export const ACCESS_MATRIX = {
  topics: {
    read: { anonymous: 'published', clinician: 'published', editor: 'yes', reviewer: 'yes', admin: 'yes' },
    create: { anonymous: 'no', clinician: 'no', editor: 'yes', reviewer: 'yes', admin: 'yes' },
    update: { anonymous: 'no', clinician: 'no', editor: 'yes', reviewer: 'yes', admin: 'yes' },
    delete: { anonymous: 'no', clinician: 'no', editor: 'no', reviewer: 'no', admin: 'yes' },
  },
  handouts: {
    read: { anonymous: 'no', clinician: 'own', editor: 'no', reviewer: 'no', admin: 'yes' },
    create: { anonymous: 'no', clinician: 'yes', editor: 'no', reviewer: 'no', admin: 'yes' },
    update: { anonymous: 'no', clinician: 'own', editor: 'no', reviewer: 'no', admin: 'yes' },
    delete: { anonymous: 'no', clinician: 'no', editor: 'no', reviewer: 'no', admin: 'no' },
  },
  'share-links': {
    read: { anonymous: 'no', clinician: 'own', editor: 'no', reviewer: 'no', admin: 'yes' },
    create: { anonymous: 'no', clinician: 'no', editor: 'no', reviewer: 'no', admin: 'no' },
    update: { anonymous: 'no', clinician: 'own', editor: 'no', reviewer: 'no', admin: 'yes' },
    delete: { anonymous: 'no', clinician: 'no', editor: 'no', reviewer: 'no', admin: 'no' },
  },
  users: {
    read: { anonymous: 'no', clinician: 'self', editor: 'self', reviewer: 'self', admin: 'yes' },
    create: { anonymous: 'no', clinician: 'no', editor: 'no', reviewer: 'no', admin: 'yes' },
    update: { anonymous: 'no', clinician: 'self', editor: 'self', reviewer: 'self', admin: 'yes' },
    delete: { anonymous: 'no', clinician: 'no', editor: 'no', reviewer: 'no', admin: 'yes' },
  },
  'audit-events': {
    read: { anonymous: 'no', clinician: 'no', editor: 'no', reviewer: 'no', admin: 'yes' },
    create: { anonymous: 'no', clinician: 'no', editor: 'no', reviewer: 'no', admin: 'no' },
    update: { anonymous: 'no', clinician: 'no', editor: 'no', reviewer: 'no', admin: 'no' },
    delete: { anonymous: 'no', clinician: 'no', editor: 'no', reviewer: 'no', admin: 'no' },
  },
} as const satisfies Record<string, Record<Operation, Record<Actor, Grant>>>

export type MatrixCollection = keyof typeof ACCESS_MATRIX
export const MATRIX_COLLECTIONS = Object.keys(ACCESS_MATRIX) as MatrixCollection[]

/** Notes the table cannot say in one word, shown under it in the README. */
export const ACCESS_MATRIX_NOTES = [
  'Share links and audit events are written only by server code (`createShareLink`, `recordAuditEvent`), never through the API; the token hash is never returned.',
  'Users cannot change their own `roles` or `disabled` (field access: admin only); `sessionVersion` is set only by the server.',
  'The `clinic` global: anyone reads it, admins update it. GraphQL is disabled (`/api/graphql` is 404).',
]

const GRANT_TEXT: Record<Grant, string> = { yes: '✅', no: '—', own: 'own', self: 'self', published: 'published' }

export function renderAccessMatrixMarkdown(): string {
  const lines: string[] = []
  lines.push(`| Collection | Operation | ${ACTORS.join(' | ')} |`)
  lines.push(`| --- | --- | ${ACTORS.map(() => '---').join(' | ')} |`)
  for (const collection of MATRIX_COLLECTIONS) {
    for (const operation of OPERATIONS) {
      const row = ACCESS_MATRIX[collection][operation] as Record<Actor, Grant>
      lines.push(`| \`${collection}\` | ${operation} | ${ACTORS.map((actor) => GRANT_TEXT[row[actor]]).join(' | ')} |`)
    }
  }
  lines.push('')
  for (const note of ACCESS_MATRIX_NOTES) lines.push(`- ${note}`)
  return lines.join('\n')
}

export const README_MATRIX_START = '<!-- access-matrix:start (generated from access/accessMatrix.ts; `npm run docs:access` rewrites it) -->'
export const README_MATRIX_END = '<!-- access-matrix:end -->'
