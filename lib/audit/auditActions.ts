export const AUDIT_ACTIONS = [
  'auth.signin',
  'auth.fail',
  'auth.signout',
  'audit.export',
  'handout.create',
  'handout.pdf',
  'handout.delete',
  'share.create',
  'share.open',
  'share.pdf',
  'share.revoke',
  'share.lock',
  'topic.publish',
  'user.provision',
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number]
