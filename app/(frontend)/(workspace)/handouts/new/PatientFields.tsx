import type { InputHTMLAttributes, ReactNode } from 'react'

import type { UntranslatedSectionsChoice } from '@/lib/handouts/createHandoutInput'
import { contactLineHint } from '@/lib/handouts/formatHandoutText'
import { HANDOUT_LANGUAGES } from '@/lib/handouts/handoutOptions'
import type { Locale } from '@/lib/i18n/locales'

import type { BuilderFieldErrors } from './builderForm'
import type { BuilderValues, HandoutBuilderProps } from './builderTypes'
import { Field } from './Field'
import { UntranslatedChoice } from './UntranslatedChoice'

type TextValueKey = 'patientName' | 'preferredName' | 'patientIdentifier' | 'ehrPatientId' | 'contactLine'

/** A one-line text field whose control is named after its id, as the form's parser reads it. */
function TextField({
  id,
  label,
  hint,
  error,
  value,
  onValueChange,
  ...inputProps
}: {
  id: TextValueKey
  label: string
  hint?: ReactNode
  error?: string
  value: string
  onValueChange: (value: string) => void
} & Pick<InputHTMLAttributes<HTMLInputElement>, 'required' | 'maxLength' | 'autoComplete' | 'spellCheck'>) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => <input {...control} {...inputProps} name={id} type="text" value={value} onChange={(event) => onValueChange(event.target.value)} />}
    </Field>
  )
}

/** "For the patient": who the handout is for, its language, and what the care team adds to it. */
export function PatientFields({
  values,
  onValueChange,
  fieldErrors,
  clinic,
  today,
  language,
  untranslatedCount,
  untranslatedChoice,
  onUntranslatedChoiceChange,
}: {
  values: BuilderValues
  onValueChange: <K extends keyof BuilderValues>(key: K, value: BuilderValues[K]) => void
  fieldErrors: BuilderFieldErrors
  clinic: HandoutBuilderProps['clinic']
  /** The clinician's today (`YYYY-MM-DD`), the earliest follow-up date; undefined until read in the browser. */
  today: string | undefined
  language: Locale
  /** Chosen sections without an approved translation in the handout's language. */
  untranslatedCount: number
  untranslatedChoice: UntranslatedSectionsChoice | ''
  onUntranslatedChoiceChange: (choice: UntranslatedSectionsChoice) => void
}) {
  const text = (id: TextValueKey) => ({ id, value: values[id], onValueChange: (value: string) => onValueChange(id, value), error: fieldErrors[id] })
  return (
    <fieldset>
      <legend>For the patient</legend>
      <TextField {...text('patientName')} label="Patient name" required maxLength={200} autoComplete="off" />
      <TextField
        {...text('preferredName')}
        label="Preferred name"
        hint="Optional. What the patient likes to be called, used to greet them."
        maxLength={200}
        autoComplete="off"
      />
      {clinic.patientIdentifierLabel ? (
        <TextField
          {...text('patientIdentifier')}
          label={clinic.patientIdentifierLabel}
          hint="Optional. Tells two patients with the same name apart in your lists; never shown to the patient."
          maxLength={64}
          autoComplete="off"
        />
      ) : null}
      <TextField
        {...text('ehrPatientId')}
        label="EHR patient id"
        hint="Optional. The patient’s id in your record system, so the education record can be filed in their chart; never shown to the patient."
        maxLength={64}
        autoComplete="off"
        spellCheck={false}
      />
      <Field id="language" label="Language" error={fieldErrors.language}>
        {(control) => (
          <select {...control} name="language" value={values.language} onChange={(event) => onValueChange('language', event.target.value)}>
            {HANDOUT_LANGUAGES.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {untranslatedCount > 0 ? (
        <UntranslatedChoice
          count={untranslatedCount}
          language={language}
          choice={untranslatedChoice}
          error={fieldErrors.untranslatedSections}
          onChoiceChange={onUntranslatedChoiceChange}
        />
      ) : null}
      <Field
        id="instructions"
        label="Instructions for this patient"
        hint="Optional. Shown in a highlighted box at the top. Leave a blank line between paragraphs."
        error={fieldErrors.instructions}
      >
        {(control) => (
          <textarea
            {...control}
            name="instructions"
            maxLength={5000}
            value={values.instructions}
            onChange={(event) => onValueChange('instructions', event.target.value)}
          />
        )}
      </Field>
      <div className="field-row">
        <Field id="followUpDate" label="Follow-up date" hint="Optional." error={fieldErrors.followUpDate}>
          {(control) => (
            <input
              {...control}
              name="followUpDate"
              type="date"
              min={today}
              value={values.followUpDate}
              onChange={(event) => onValueChange('followUpDate', event.target.value)}
            />
          )}
        </Field>
        <TextField {...text('contactLine')} label="Contact line" hint={contactLineHint(clinic)} maxLength={300} />
      </div>
    </fieldset>
  )
}
