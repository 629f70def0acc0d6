/** Matches the `share-links.label` column's maxLength. */
export const SHARE_LINK_LABEL_MAX_LENGTH = 60

export type ShareLinkLabelResult = { ok: true; label: string | null } | { ok: false; error: string }

/**
 * Who a link is for ("daughter", "home care nurse"), as the clinician typed it:
 * spaces collapsed and control characters dropped, so the list reads cleanly.
 * It names the recipient for the clinician only and is never shown to the
 * patient (the patient page reads nothing but the handout).
 */
export function normaliseShareLinkLabel(input: string | null | undefined): ShareLinkLabelResult {
  const label = (input ?? '')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  if (!label) return { ok: true, label: null }
  if (label.length > SHARE_LINK_LABEL_MAX_LENGTH)
    return { ok: false, error: `Keep the label to ${SHARE_LINK_LABEL_MAX_LENGTH} characters or fewer, e.g. “daughter”.` }
  return { ok: true, label }
}
