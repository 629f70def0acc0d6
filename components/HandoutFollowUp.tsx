import { contactText, formatLongDate } from '@/lib/handouts/formatHandoutText'

/** The follow-up appointment and who to call, after the sections; nothing when neither is known. */
export function HandoutFollowUp({
  followUpDate,
  contactLine,
  clinic,
}: {
  followUpDate?: string | null
  contactLine?: string | null
  clinic: { name: string; phone?: string | null }
}) {
  const date = formatLongDate(followUpDate)
  const contact = contactText(contactLine, clinic)
  if (!date && !contact) return null
  return (
    <section className="follow-up" aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading">Next steps</h2>
      {date ? (
        <p>
          Your follow-up appointment: <strong>{date}</strong>
        </p>
      ) : null}
      {contact ? <p>Questions? {contact}</p> : null}
    </section>
  )
}
