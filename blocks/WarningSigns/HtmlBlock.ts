import { EMERGENCY_NUMBER } from '@/lib/clinic/emergencyNumber'
import { html, type SafeHtml } from '@/lib/share/patientPage/html'
import { groupWarningSigns, type WarningSignGroup } from '@/lib/warningSigns/groupWarningSigns'
import type { WarningTier } from '@/lib/warningSigns/warningTiers'

import { chromeLangAttributes } from '../htmlBlockParts'
import type { SectionChrome } from '../sectionChrome'
import type { WarningSignsSectionSnapshot } from './kind'
import { WARNING_TIER_ICON_PATHS } from './tierIcons'

function tierHeadingHtml(tier: WarningTier, heading: string, chrome: SectionChrome): SafeHtml {
  const icon = html`<svg class="warning-tier__icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path d="${WARNING_TIER_ICON_PATHS[tier]}" fill-rule="evenodd" fill="currentColor"/></svg>`
  // On a phone the emergency heading is the call: one tap dials the emergency number.
  const text = tier === 'emergency' ? html`<a href="tel:${EMERGENCY_NUMBER}">${heading}</a>` : html`${heading}`
  return html`<h3 class="warning-tier__heading"${chromeLangAttributes(chrome)}>${icon}${text}</h3>`
}

function groupHtml(group: WarningSignGroup, chrome: SectionChrome): SafeHtml {
  const items = group.signs.map((sign) => html`<li>${sign.text}${sign.reason ? html`<span class="warning-tier__reason">${sign.reason}</span>` : ''}</li>`)
  return html`<div class="warning-tier${group.tier ? html` warning-tier--${group.tier}` : ''}">${group.tier && group.heading ? tierHeadingHtml(group.tier, group.heading, chrome) : ''}<ul>${items}</ul></div>`
}

/** The tier headings are chrome, in the handout's language: a patient must understand "call 911 now" even beside signs in another language. */
export function warningSignsHtmlBlock(section: WarningSignsSectionSnapshot, chrome: SectionChrome): SafeHtml {
  return html`${section.body.intro ? html`<p>${section.body.intro}</p>` : ''}${groupWarningSigns(
    section.body.signs,
    section.body.watchDays,
    chrome.messages,
  ).map((group) => groupHtml(group, chrome))}`
}
