import type { Access } from 'payload'

/** For public, non-personal data only (e.g. the clinic's name and phone). */
export const anyone: Access = () => true
