import type { Access } from 'payload'

/**
 * Operations no request may perform through Payload's APIs. Server code that
 * must (writing the audit trail, resolving a share token) does so explicitly
 * with `overrideAccess: true` in one named lib function.
 */
export const nobody: Access = () => false
