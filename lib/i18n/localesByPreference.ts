import { isLocale, type Locale, LOCALE_CODES } from './locales'

/**
 * Every locale, the browser's preferred first (`Accept-Language`, RFC 9110
 * §12.5.4: by quality, then by order), the rest in LOCALES order. For the pages
 * that cannot know which handout was meant (an unknown link, a rate limit, an
 * outage): they say everything in every language, the reader's own first.
 * A range matches by its primary subtag ("es-MX" finds Spanish).
 */
export function localesByPreference(acceptLanguage: string | null | undefined): Locale[] {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((entry, index) => {
      const [range = '', ...parameters] = entry.trim().split(';')
      const qualityParameter = parameters.map((parameter) => parameter.trim()).find((parameter) => /^q=/i.test(parameter))
      const quality = qualityParameter ? Number(qualityParameter.slice(2)) : 1
      return { code: range.trim().toLowerCase().split('-')[0] ?? '', quality: Number.isFinite(quality) ? quality : 0, index }
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
  const preferred = ranked.map((entry) => entry.code).filter(isLocale)
  return [...new Set<Locale>([...preferred, ...LOCALE_CODES])]
}
