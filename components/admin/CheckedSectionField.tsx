'use client'

import { FieldLabel, useField, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import { useId } from 'react'

type SectionRow = { id?: string; blockType?: string; heading?: unknown; name?: unknown; caption?: unknown }

function titleOf(row: SectionRow, index: number): string {
  for (const value of [row.heading, row.name, row.caption]) if (typeof value === 'string' && value.trim()) return `${index + 1}. ${value.trim()}`
  return `${index + 1}. (no heading yet)`
}

/**
 * Picks the section a question checks from the topic's own sections (stored
 * as the section's block id, which does not change when sections move).
 */
export const CheckedSectionField: TextFieldClientComponent = ({ path, field }) => {
  const { value, setValue, showError, errorMessage } = useField<string>({ path })
  const sections = useFormFields(([fields]) => (Array.isArray(fields.sections?.rows) ? fields.sections.rows : [])) as Array<{ id: string; blockType?: string }>
  const headings = useFormFields(([fields]) =>
    Object.fromEntries(
      Object.entries(fields)
        .filter(([key]) => /^sections\.\d+\.(heading|name|caption)$/.test(key))
        .map(([key, state]) => [key, state?.value]),
    ),
  )
  const id = useId()
  const options = sections
    .map((row, index) => ({
      row: {
        id: row.id,
        blockType: row.blockType,
        heading: headings[`sections.${index}.heading`],
        name: headings[`sections.${index}.name`],
        caption: headings[`sections.${index}.caption`],
      },
      index,
    }))
    .filter(({ row }) => row.blockType !== 'check' && row.id)
  return (
    <div className="field-type" style={{ marginBottom: '1rem' }}>
      <FieldLabel htmlFor={id} label={typeof field.label === 'string' ? field.label : 'Section it checks'} required />
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => setValue(event.target.value)}
        aria-invalid={showError || undefined}
        style={{ width: '100%', padding: '0.5rem' }}
      >
        <option value="">Choose a section…</option>
        {options.map(({ row, index }) => (
          <option key={row.id} value={row.id}>
            {titleOf(row, index)}
          </option>
        ))}
      </select>
      {showError && errorMessage ? <p role="alert">{errorMessage}</p> : null}
      {typeof field.admin?.description === 'string' ? <p className="field-description">{field.admin.description}</p> : null}
    </div>
  )
}
