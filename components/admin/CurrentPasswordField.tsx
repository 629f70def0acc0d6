'use client'

import { FieldError, FieldLabel, useField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

/**
 * The admin's "Current password" box on one's own account: masked like a
 * password, optional in the form (only a new password needs it, and the
 * server, requireCurrentPassword, says so), unlike Payload's PasswordField,
 * which makes every save of the account demand a value.
 */
export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => {
  const { value, setValue, showError, errorMessage } = useField<string>({ path })
  const id = `field-${path.replace(/\./g, '__')}`
  return (
    <div className={`field-type password${showError ? ' error' : ''}`} style={{ marginBottom: 'var(--spacing-field, 1.5rem)' }}>
      <FieldLabel htmlFor={id} label={field.label} path={path} />
      <div className="field-type__wrap">
        <FieldError path={path} message={errorMessage} showError={showError} />
        <input id={id} name={path} type="password" autoComplete="current-password" value={value ?? ''} onChange={(event) => setValue(event.target.value)} />
      </div>
      {field.admin?.description && typeof field.admin.description === 'string' ? <p className="field-description">{field.admin.description}</p> : null}
    </div>
  )
}
