/**
 * The `context` flag with which `createHandout` (called by `refreshHandout`)
 * may set `revisionOf`; see access/setByServerCode.ts. Only Refresh makes a
 * revision, after checking the user may manage the original.
 */
export const HANDOUT_REVISION_CONTEXT = 'careleafHandoutRevision'
