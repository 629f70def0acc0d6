import { PAGE_SIZES, type PageSizeOption } from '@/lib/handouts/handoutOptions'

import { Field } from './Field'

/** Large print and paper size: how the PDF is laid out (the patient page follows large print too). */
export function PrintOptions({
  largePrint,
  pageSize,
  clinicDefaultPageSize,
  onLargePrintChange,
  onPageSizeChange,
  pageSizeError,
}: {
  largePrint: boolean
  /** '' = the clinic's default. */
  pageSize: '' | PageSizeOption
  clinicDefaultPageSize: PageSizeOption
  onLargePrintChange: (largePrint: boolean) => void
  onPageSizeChange: (pageSize: '' | PageSizeOption) => void
  pageSizeError?: string
}) {
  return (
    <fieldset>
      <legend>Print</legend>
      <div className="checkbox-field">
        <input
          id="largePrint"
          name="largePrint"
          type="checkbox"
          checked={largePrint}
          onChange={(event) => onLargePrintChange(event.target.checked)}
          aria-describedby="largePrint-hint"
        />
        <div>
          <label htmlFor="largePrint">Large print</label>
          <small id="largePrint-hint">16 pt text in the PDF and larger text on the patient&apos;s page.</small>
        </div>
      </div>
      <Field id="pageSize" label="Paper size" error={pageSizeError}>
        {(control) => (
          <select {...control} name="pageSize" value={pageSize} onChange={(event) => onPageSizeChange(event.target.value as '' | PageSizeOption)}>
            <option value="">Clinic default ({PAGE_SIZES.find((size) => size.value === clinicDefaultPageSize)?.label})</option>
            {PAGE_SIZES.map((size) => (
              <option key={size.value} value={size.value}>
                {size.label}
              </option>
            ))}
          </select>
        )}
      </Field>
    </fieldset>
  )
}
