import { DEFAULT_LOCALE } from '@/lib/i18n/locales'
import { patientMessages } from '@/lib/i18n/patientMessages'
import { groupWarningSigns } from '@/lib/warningSigns/groupWarningSigns'

import type { WarningSignsSectionSnapshot } from './kind'
import { WARNING_TIER_ICON_PATHS } from './tierIcons'

/** The clinician's view, in English like the rest of the workspace, whatever the handout's language. */
export function WarningSignsWebBlock({ section }: { section: WarningSignsSectionSnapshot }) {
  return (
    <>
      {section.body.intro && <p>{section.body.intro}</p>}
      {groupWarningSigns(section.body.signs, section.body.watchDays, patientMessages(DEFAULT_LOCALE)).map((group) => (
        <div key={group.tier ?? 'untiered'} className={group.tier ? `warning-tier warning-tier--${group.tier}` : 'warning-tier'}>
          {group.tier && group.heading && (
            <h3 className="warning-tier__heading">
              <svg className="warning-tier__icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
                <path d={WARNING_TIER_ICON_PATHS[group.tier]} fillRule="evenodd" fill="currentColor" />
              </svg>
              {group.heading}
            </h3>
          )}
          <ul>
            {group.signs.map((sign, index) => (
              <li key={index}>
                {sign.text}
                {sign.reason && <span className="warning-tier__reason">{sign.reason}</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  )
}
