/**
 * The emergency services number patients are told to call. One install serves
 * one clinic in one country (US: 911); change it here and every patient page
 * follows, the tappable `tel:` links included.
 */
export const EMERGENCY_NUMBER = '911'
