'use client'

import type { ShareLinkSummary } from '@/lib/share/listShareLinks'
import type { ShareLinkStatus } from '@/lib/share/shareLinkStatus'

import { CHECK_LABELS, formatDate } from './shareLinkLabels'

/** Every status but `active`, which shows its expiry date. */
const STATUS_LABELS: Partial<Record<ShareLinkStatus, string>> = {
  revoked: 'Revoked',
  expired: 'Expired',
  blocked: 'Locked after repeated wrong answers — make a new link',
}

/** The handout's links with what became of each; active ones can be revoked. */
export function ShareLinkList({ links, pending, onRevoke }: { links: ShareLinkSummary[]; pending: boolean; onRevoke: (linkId: number) => void }) {
  return (
    <table className="stacked-table">
      <caption className="muted">Links for this handout</caption>
      <thead>
        <tr>
          <th scope="col">Link</th>
          <th scope="col">Check</th>
          <th scope="col">Status</th>
          <th scope="col">Activity</th>
          <th scope="col">
            <span className="skip-link">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {links.map((link) => {
          const status = STATUS_LABELS[link.status] ?? `Active until ${formatDate(link.expiresAt)}`
          const downloads = link.pdfDownloads > 0 ? ` · PDF ${link.pdfDownloads}×` : ''
          return (
            <tr key={link.id}>
              <td data-label="Link">
                …{link.tokenId}
                <br />
                <span className="muted">{formatDate(link.createdAt)}</span>
              </td>
              <td data-label="Check">{CHECK_LABELS[link.accessCheck]}</td>
              <td data-label="Status">{status}</td>
              <td data-label="Activity">
                {link.activity}
                {downloads}
              </td>
              <td>
                {link.status === 'active' && (
                  <button
                    type="button"
                    className="button--danger"
                    onClick={() => onRevoke(link.id)}
                    disabled={pending}
                    aria-label={`Revoke link …${link.tokenId}`}
                  >
                    Revoke
                  </button>
                )}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
