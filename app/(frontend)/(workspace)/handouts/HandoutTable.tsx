import Link from 'next/link'

import { formatLongDate } from '@/lib/handouts/formatHandoutText'

export interface HandoutTableRow {
  id: number
  patientName: string
  /** Date of birth or record number, to tell two patients with one name apart. */
  patientIdentifier?: string | null
  topicTitles: string[]
  createdAt: string
  /** A colleague's handout: who prepared it. */
  preparedBy?: string
  /** The clinician's own handout: how it is shared. */
  shareStatus?: string
  /** The clinician's own handout: the teach-back outcome recorded in the room. */
  teachBack?: string
}

/**
 * A list of handouts: one row per handout, the patient's name opening it and
 * "Duplicate" starting one for another patient. Below ~600 px each row stacks
 * into a card with its column names (styles.css, .stacked-table), so it reads
 * on a phone without sideways scrolling.
 */
export function HandoutTable({
  caption,
  rows,
  columns,
}: {
  caption: string
  rows: HandoutTableRow[]
  /** The optional columns to show, in this order after Topics. */
  columns: { preparedBy?: boolean; shareStatus?: boolean; teachBack?: boolean }
}) {
  return (
    <table className="stacked-table">
      <caption className="muted">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Patient</th>
          <th scope="col">Topics</th>
          {columns.preparedBy ? <th scope="col">Prepared by</th> : null}
          <th scope="col">Created</th>
          {columns.shareStatus ? <th scope="col">Share status</th> : null}
          {columns.teachBack ? <th scope="col">Teach-back</th> : null}
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">
              <Link href={`/handouts/${row.id}`}>{row.patientName}</Link>
              {row.patientIdentifier ? <span className="muted patient-identifier"> · {row.patientIdentifier}</span> : null}
            </th>
            <td data-label="Topics">{row.topicTitles.join(', ')}</td>
            {columns.preparedBy ? <td data-label="Prepared by">{row.preparedBy}</td> : null}
            <td data-label="Created">{formatLongDate(row.createdAt)}</td>
            {columns.shareStatus ? <td data-label="Share status">{row.shareStatus}</td> : null}
            {columns.teachBack ? <td data-label="Teach-back">{row.teachBack}</td> : null}
            <td>
              <Link
                href={`/handouts/new?from=${row.id}`}
                aria-label={
                  row.preparedBy
                    ? `Duplicate ${row.preparedBy}'s handout for ${row.patientName} for another patient`
                    : `Duplicate the handout for ${row.patientName} for another patient`
                }
              >
                Duplicate
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
