'use client'

import { PublishButton, useAuth } from '@payloadcms/ui'
import type { PublishButtonClientProps } from 'payload'

import { hasRole } from '@/access/roles'
import type { User } from '@/payload-types'

import { TopicReviewActions } from './TopicReviewActions'

/**
 * Editors see who publishes instead of a button that would be refused. The
 * rule itself is enforced on the server (enforcePublishWorkflow); this only
 * spares editors a dead end. The review actions sit beside it.
 */
export function ReviewerPublishButton(props: PublishButtonClientProps) {
  const { user } = useAuth<User>()
  if (!hasRole(user, 'admin', 'reviewer')) {
    return (
      <>
        <TopicReviewActions />
        <span style={{ alignSelf: 'center', fontSize: '0.85rem', color: 'var(--theme-elevation-600)' }}>A reviewer publishes this topic</span>
      </>
    )
  }
  return (
    <>
      <TopicReviewActions />
      <PublishButton {...props} />
    </>
  )
}
