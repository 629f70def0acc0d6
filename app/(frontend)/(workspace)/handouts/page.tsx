import type { Metadata } from 'next'
import Link from 'next/link'

import { requirePortalUser } from '@/lib/auth/getPortalUser'
import { listColleagueHandouts } from '@/lib/handouts/listColleagueHandouts'
import { listMyHandouts } from '@/lib/handouts/listMyHandouts'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'
import { teachBackOutcomeLabel } from '@/lib/teachBack/teachBackOutcomes'

import { HandoutTable } from './HandoutTable'

export const metadata: Metadata = { title: 'My handouts' }

function shareStatus(links: { total: number; active: number }): string {
  if (links.total === 0) return 'Not shared'
  return `${links.active} active of ${links.total} link${links.total === 1 ? '' : 's'}`
}

export default async function MyHandoutsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { deleted, page } = await searchParams
  const user = await requirePortalUser('/handouts')
  const pageNumber = Math.max(1, Number.parseInt(String(page ?? '1'), 10) || 1)
  const payload = await getPayloadClient()
  const [{ rows, totalDocs, totalPages }, shared] = await Promise.all([
    listMyHandouts({ payload, user, page: pageNumber }),
    listColleagueHandouts({ payload, user }),
  ])
  return (
    <>
      <div className="page-heading">
        <h1>My handouts</h1>
        <Link className="button" href="/library">
          Make a handout
        </Link>
      </div>
      {deleted ? (
        <p className="alert alert--success" role="status">
          The handout was deleted and its patient links were revoked.
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p className="card">
          You have no handouts yet. Start from a topic in the <Link href="/library">library</Link> or one of your <Link href="/kits">kits</Link>.
        </p>
      ) : (
        <div className="card table-wrap">
          <HandoutTable
            caption={`${totalDocs} handout${totalDocs === 1 ? '' : 's'}, newest first`}
            rows={rows.map((row) => ({
              ...row,
              shareStatus: shareStatus(row.shareLinks),
              teachBack: row.teachBackOutcome ? teachBackOutcomeLabel(row.teachBackOutcome) : 'Not recorded',
            }))}
            columns={{ shareStatus: true, teachBack: true }}
          />
          {totalPages > 1 ? (
            <nav className="actions" aria-label="Pages">
              {pageNumber > 1 ? <Link href={`/handouts?page=${pageNumber - 1}`}>Newer</Link> : null}
              <span className="muted">
                Page {pageNumber} of {totalPages}
              </span>
              {pageNumber < totalPages ? <Link href={`/handouts?page=${pageNumber + 1}`}>Older</Link> : null}
            </nav>
          ) : null}
        </div>
      )}
      {shared.rows.length > 0 ? (
        <section aria-labelledby="shared-handouts" className="card table-wrap">
          <h2 id="shared-handouts">Shared by colleagues</h2>
          <p className="muted">
            Handouts of colleagues who share with the clinic: open, download or duplicate them; only their clinician can share or delete them.
          </p>
          <HandoutTable
            caption={
              shared.totalDocs > shared.rows.length
                ? `The newest ${shared.rows.length} of ${shared.totalDocs} handouts`
                : `${shared.totalDocs} handout${shared.totalDocs === 1 ? '' : 's'}, newest first`
            }
            rows={shared.rows.map((row) => ({ ...row, preparedBy: row.ownerName }))}
            columns={{ preparedBy: true }}
          />
        </section>
      ) : null}
    </>
  )
}
