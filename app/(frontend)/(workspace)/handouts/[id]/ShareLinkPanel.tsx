'use client'

import { useState, useTransition } from 'react'

import type { ShareAccessCheck } from '@/lib/share/accessCheck'
import type { ShareLinkSummary } from '@/lib/share/listShareLinks'
import type { LinkAnswerScore } from '@/lib/teachBack/scoreLinkAnswers'

import { createShareLinkAction, type ShareLinkOptions } from './actions'
import { type CreatedLink, CreatedShareLink } from './CreatedShareLink'
import { CreateShareLinkForm } from './CreateShareLinkForm'
import { ShareLinkList } from './ShareLinkList'

export function ShareLinkPanel({
  handoutId,
  links,
  answers,
  defaultAccessCheck,
}: {
  handoutId: number
  links: ShareLinkSummary[]
  /** Per link id, what the patient answered. */
  answers: Record<number, LinkAnswerScore>
  /** The clinic's choice for new links (Clinic → Patient check on new links). */
  defaultAccessCheck: ShareAccessCheck
}) {
  const [created, setCreated] = useState<CreatedLink | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()

  function create(options: ShareLinkOptions, onCreated: () => void) {
    setError(null)
    startTransition(async () => {
      const result = await createShareLinkAction(handoutId, options)
      if (result.ok) {
        const url = new URL(result.path, window.location.origin).toString()
        setCreated({ url, token: result.path.replace('/p/', ''), expiresAt: result.expiresAt, accessCheck: result.accessCheck, accessCode: result.accessCode })
        onCreated()
      } else setError(result.error)
    })
  }

  return (
    <section className="card" aria-labelledby="share-heading">
      <h2 id="share-heading">Share link</h2>
      <p className="muted">
        A private link the patient can open on any phone, without an account. You can make one per family member and revoke each at any time.
      </p>
      {error && (
        <div className="alert alert--error" role="alert">
          {error}
        </div>
      )}
      {/* Keyed by the link so "Copied" starts over for each new one. */}
      {created && <CreatedShareLink key={created.url} handoutId={handoutId} created={created} />}
      <CreateShareLinkForm pending={pending} onCreate={create} defaultAccessCheck={defaultAccessCheck} />
      {links.length > 0 && <ShareLinkList handoutId={handoutId} links={links} answers={answers} />}
    </section>
  )
}
