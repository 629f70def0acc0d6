/** MedlinePlus Connect answers a problem code with up to three topics; a clinic may choose otherwise. */
export const DEFAULT_INFOBUTTON_MAX_ENTRIES = 3

/** `CARELEAF_INFOBUTTON_MAX_ENTRIES` (1-20), or the default; a bad value is a start-up mistake worth naming. */
export function infobuttonMaxEntries(env: Record<string, string | undefined> = process.env): number {
  const raw = env.CARELEAF_INFOBUTTON_MAX_ENTRIES
  if (raw === undefined || raw === '') return DEFAULT_INFOBUTTON_MAX_ENTRIES
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1 || value > 20) throw new Error('CARELEAF_INFOBUTTON_MAX_ENTRIES must be a whole number from 1 to 20.')
  return value
}
