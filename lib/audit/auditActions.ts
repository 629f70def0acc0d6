export const AUDIT_ACTIONS = [
  'auth.signin',
  'auth.fail',
  'auth.signout',
  'audit.export',
  'handout.create',
  'handout.pdf',
  'share.create',
  'share.open',
  'share.pdf',
  'share.revoke',
  'topic.publish',
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number]
