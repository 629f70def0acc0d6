import type { FieldAccess } from 'payload'

/**
 * Field-level: writable only when server code says so through the Local API's
 * `context` (e.g. `refreshHandout` setting a handout's `revisionOf`). A REST
 * request always starts with an empty context, so no API body can set it,
 * while the server code keeps acting as the user (`overrideAccess: false`).
 */
export function setByServerCode(contextFlag: string): FieldAccess {
  return ({ req }) => req.context?.[contextFlag] === true
}
