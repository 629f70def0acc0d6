import type { EmailAdapter } from 'payload'

/**
 * Careleaf sends no email yet. Payload's stand-in for a missing adapter logs
 * every message's recipient and subject; a password-reset request would then
 * put a staff email address in the server log. This one drops the message and
 * logs only that a message was dropped.
 */
export const noEmailAdapter: EmailAdapter = ({ payload }) => ({
  name: 'none',
  defaultFromAddress: 'no-reply@careleaf.local',
  defaultFromName: 'Careleaf',
  sendEmail: async () => {
    payload.logger.info({ msg: 'An email was not sent: no email adapter is configured.' })
  },
})
