export const AUDIT_ACTIONS = [
  'auth.signin',
  'auth.fail',
  'auth.signout',
  'audit.export',
  'handout.create',
  'handout.pdf',
  'handout.delete',
  'handout.update',
  'share.create',
  'share.open',
  'share.pdf',
  'share.revoke',
  'share.lock',
  'share.block',
  'topic.publish',
  'user.provision',
  'user.unlock',
  'user.password-reset',
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number]
