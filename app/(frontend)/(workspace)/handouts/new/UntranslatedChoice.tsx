import type { UntranslatedSectionsChoice } from '@/lib/handouts/createHandoutInput'
import { type Locale, localeInfo } from '@/lib/i18n/locales'

/**
 * What the patient gets for chosen sections without an approved translation
 * in the handout's language: never decided silently, so the clinician picks.
 */
export function UntranslatedChoice({
  count,
  language,
  choice,
  error,
  onChoiceChange,
}: {
  /** How many chosen sections have no approved translation (at least one). */
  count: number
  language: Locale
  choice: UntranslatedSectionsChoice | ''
  error?: string
  onChoiceChange: (choice: UntranslatedSectionsChoice) => void
}) {
  const them = count === 1 ? 'it' : 'them'
  const languageName = localeInfo(language).label
  return (
    <fieldset
      className={`untranslated-choice${error ? ' field--error' : ''}`}
      aria-describedby={error ? 'untranslatedSections-error' : 'untranslatedSections-hint'}
    >
      <legend>
        {count === 1 ? 'One chosen section has' : `${count} chosen sections have`} no approved {languageName} translation
      </legend>
      <p id="untranslatedSections-hint" className="hint">
        Only reviewed translations reach patients. Choose what the patient gets for {them}:
      </p>
      {error ? (
        <p id="untranslatedSections-error" className="error">
          {error}
        </p>
      ) : null}
      <label className="choice">
        <input
          type="radio"
          id="untranslatedSections-leave-out"
          name="untranslatedSections"
          value="leave-out"
          checked={choice === 'leave-out'}
          onChange={() => onChoiceChange('leave-out')}
        />{' '}
        Leave {them} out
      </label>
      <label className="choice">
        <input
          type="radio"
          id="untranslatedSections-english"
          name="untranslatedSections"
          value="english"
          checked={choice === 'english'}
          onChange={() => onChoiceChange('english')}
        />{' '}
        Give {them} in English, under a note in {languageName} saying so
      </label>
    </fieldset>
  )
}
