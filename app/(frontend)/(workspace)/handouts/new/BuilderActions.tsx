/**
 * Preview and Create, outside the form so they stay in reach below the
 * preview too; on a phone the bar sticks to the bottom of the screen.
 */
export function BuilderActions({ form, pending }: { form: string; pending: boolean }) {
  return (
    <div className="builder__actions">
      <a
        className="button button--secondary builder__preview-link"
        href="#builder-preview"
        onClick={(event) => {
          event.preventDefault()
          const preview = document.getElementById('builder-preview')
          preview?.scrollIntoView({ block: 'start' })
          preview?.focus({ preventScroll: true })
        }}
      >
        Preview
      </a>
      <button type="submit" form={form} disabled={pending}>
        {pending ? 'Creating…' : 'Create handout'}
      </button>
    </div>
  )
}
