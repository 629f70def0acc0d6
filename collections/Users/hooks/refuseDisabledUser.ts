import { AuthenticationError, type CollectionBeforeLoginHook } from 'payload'

/** A disabled account cannot log in through any door, REST `/api/users/login` included. */
export const refuseDisabledUser: CollectionBeforeLoginHook = ({ req, user }) => {
  if ((user as { disabled?: boolean | null }).disabled) throw new AuthenticationError(req.t)
  return user
}
