import type { FieldAccess } from 'payload'

/**
 * Field-level: no API request may change it, admins included; server code
 * sets it with `overrideAccess: true` in one named lib function (e.g. a share
 * link's handout, owner, expiry and counters, all set by `lib/share`).
 */
export const serverWrittenField: FieldAccess = () => false
