import type { Locale } from '@/lib/i18n/locales'
import type { SideBySideReview } from '@/lib/translation/sideBySide'

const cell = { verticalAlign: 'top', padding: '0.5rem', borderBottom: '1px solid var(--theme-elevation-150)' } as const

/** The English and the translation of each text of a topic, row by row, as a reviewer compares them. */
export function TranslationSideBySide({ rows, locale, language }: { rows: SideBySideReview['rows']; locale: Locale; language: string }) {
  return (
    <table style={{ width: '100%', borderCollapse: 'collapse', margin: '1rem 0' }}>
      <caption style={{ textAlign: 'start', fontWeight: 600 }}>English and {language}, side by side (latest drafts)</caption>
      <thead>
        <tr>
          <th scope="col" style={cell}>
            Text
          </th>
          <th scope="col" style={cell}>
            English
          </th>
          <th scope="col" style={cell}>
            {language}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row" style={cell}>
              {row.label}
            </th>
            <td style={cell} lang="en">
              {row.source.map((line, index) => (
                <p key={index}>{line}</p>
              ))}
            </td>
            <td style={cell} lang={locale}>
              {row.translation.length > 0 ? (
                row.translation.map((line, index) => <p key={index}>{line}</p>)
              ) : (
                <p>
                  <em>Not translated yet</em>
                </p>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
