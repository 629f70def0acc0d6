'use client'

import { type RefObject, useEffect } from 'react'

export interface SummaryError {
  /** The id of the control the error is about; the link moves focus there. */
  target: string
  message: string
}

/**
 * Moves focus to the control and brings its label (or its group's legend)
 * into view. A plain `#id` link scrolls the control to the very top, hiding
 * the question it answers, and does not focus it in every browser.
 */
function focusControl(id: string) {
  const control = document.getElementById(id)
  if (!control) return
  const caption = control.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${CSS.escape(id)}"]`)
  ;(caption ?? control).scrollIntoView({ block: 'start' })
  control.focus({ preventScroll: true })
}

/**
 * "There is a problem", at the top of the form, as in the GOV.UK Design System
 * error summary: it takes focus after every failed submit (each one is a new `submission`),
 * so keyboard and screen-reader users land on it, and each error links to its field.
 */
export function ErrorSummary({
  errors,
  description,
  submission,
  summaryRef,
}: {
  errors: SummaryError[]
  /** A problem with no field of its own. */
  description?: string | null
  /** The result of the last submit, checked in the browser or answered by the server: a new one moves focus here. */
  submission: object
  summaryRef: RefObject<HTMLDivElement | null>
}) {
  const shown = errors.length > 0 || Boolean(description)
  useEffect(() => {
    if (shown) summaryRef.current?.focus()
  }, [submission, shown, summaryRef])

  if (!shown) return null
  return (
    <div ref={summaryRef} className="error-summary" tabIndex={-1} aria-labelledby="error-summary-title" role="alert">
      <h2 id="error-summary-title">There is a problem</h2>
      {description ? <p>{description}</p> : null}
      {errors.length > 0 ? (
        <ul>
          {errors.map((error) => (
            <li key={error.target}>
              <a
                href={`#${error.target}`}
                onClick={(event) => {
                  event.preventDefault()
                  focusControl(error.target)
                }}
              >
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
