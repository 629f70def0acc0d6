import type { UIFieldServerProps } from 'payload'

import { hasRole } from '@/access/roles'
import { toPortalUser } from '@/lib/auth/portalUser'
import { isLocale } from '@/lib/i18n/locales'
import { countMissedQuestions } from '@/lib/teachBack/countMissedQuestions'
import type { User } from '@/payload-types'

/**
 * On the Quality tab: which of the topic's questions patients miss most, as
 * counts only, so content staff rewrite the section where patients struggle.
 */
export async function MissedQuestionsField({ id, payload, req }: UIFieldServerProps) {
  const user = req.user?.collection === 'users' && hasRole(req.user as User, 'admin', 'editor', 'reviewer') ? toPortalUser(req.user as User) : null
  const topicId = typeof id === 'number' ? id : Number(id)
  if (!user || !Number.isInteger(topicId) || topicId <= 0) return null
  const counts = await countMissedQuestions({ payload, user, topicId, locale: isLocale(req.locale) ? req.locale : undefined })
  return (
    <section aria-labelledby="missed-questions" style={{ margin: '0 0 1.5rem' }}>
      <h3 id="missed-questions" style={{ margin: '0 0 0.5rem' }}>
        Questions patients miss
      </h3>
      {counts.length === 0 ? (
        <p style={{ margin: 0 }}>No patient has answered this topic’s questions yet.</p>
      ) : (
        <table style={{ borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: 'left', paddingRight: '1rem' }}>
                Question
              </th>
              <th scope="col" style={{ textAlign: 'left', paddingRight: '1rem' }}>
                Checks
              </th>
              <th scope="col" style={{ textAlign: 'left' }}>
                Answers
              </th>
            </tr>
          </thead>
          <tbody>
            {counts.map((count) => (
              <tr key={count.questionId}>
                <td style={{ paddingRight: '1rem' }}>{count.prompt}</td>
                <td style={{ paddingRight: '1rem' }}>{count.checksHeading ?? '—'}</td>
                <td>
                  asked {count.asked} {count.asked === 1 ? 'time' : 'times'}, missed {count.missed}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p style={{ margin: '0.5rem 0 0', color: 'var(--theme-elevation-500)' }}>Every attempt counts, over every patient link. No patient data is shown.</p>
    </section>
  )
}
