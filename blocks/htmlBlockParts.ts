import type { SnapshotImage } from '@/lib/handouts/snapshotParts'
import { mediaFileUrl } from '@/lib/media/mediaFileUrl'
import { html, type SafeHtml } from '@/lib/share/patientPage/html'

import type { SectionChrome } from './sectionChrome'

/** A bullet (`ul`) or numbered (`ol`) list for the patient-page block renderers. */
export function listHtml(tag: 'ul' | 'ol', items: string[]): SafeHtml {
  return tag === 'ul' ? html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>` : html`<ol>${items.map((item) => html`<li>${item}</li>`)}</ol>`
}

export function imageHtml(image: SnapshotImage): SafeHtml | '' {
  // Only our own media files (the snapshot reader already checks; this page must not depend on it).
  const src = mediaFileUrl(image.url)
  if (!src) return ''
  return html`<img src="${src}" alt="${image.alt}"${image.width ? html` width="${String(image.width)}"` : ''}${image.height ? html` height="${String(image.height)}"` : ''} class="block-image" loading="lazy">`
}

/** ` lang="…" dir="…"` for chrome inside a section whose text is in another language than the handout (see SectionChrome). */
export function chromeLangAttributes(chrome: SectionChrome): SafeHtml {
  const locale = chrome.chromeLocale
  return locale ? html` lang="${locale.tag}" dir="${locale.direction}"` : html``
}
