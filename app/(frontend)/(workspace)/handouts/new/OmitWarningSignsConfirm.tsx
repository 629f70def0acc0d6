import type { RefObject } from 'react'

import { Field } from './Field'

/**
 * The confirm step when every "When to get help now" section is left out:
 * tick it again, or give the reason that is kept with the handout.
 */
export function OmitWarningSignsConfirm({
  panelRef,
  reason,
  error,
  onReasonChange,
  onKeepWarningSigns,
}: {
  /** Focused when the panel first shows, so a keyboard or screen-reader user meets the question. */
  panelRef: RefObject<HTMLDivElement | null>
  reason: string
  error?: string
  onReasonChange: (reason: string) => void
  onKeepWarningSigns: () => void
}) {
  return (
    <div ref={panelRef} className="confirm omit-warning-signs" role="group" aria-labelledby="omit-warning-signs-title" tabIndex={-1}>
      <h3 id="omit-warning-signs-title">Leave out “When to get help now”?</h3>
      <p>
        It tells the patient which signs mean they should call for help at once. Tick it again, or say why this patient should not have it; then press Create
        handout.
      </p>
      <Field
        id="warningSignsOmittedReason"
        label="Reason for leaving out the warning signs"
        hint="Required, a sentence is enough. For example: given the printed emergency card in clinic."
        error={error}
      >
        {(control) => (
          <textarea
            {...control}
            name="warningSignsOmittedReason"
            required
            maxLength={500}
            rows={3}
            value={reason}
            onChange={(event) => onReasonChange(event.target.value)}
          />
        )}
      </Field>
      <button type="button" className="button--secondary" onClick={onKeepWarningSigns}>
        Tick “When to get help now” again
      </button>
    </div>
  )
}
