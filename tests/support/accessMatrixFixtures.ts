import crypto from 'node:crypto'

import type { Payload } from 'payload'

import type { Actor, MatrixCollection } from '../../access/accessMatrix'
import type { PortalUser } from '../../lib/auth/portalUser'
import type { TextSectionBlock } from '../../payload-types'

/**
 * Sample documents for one access-matrix cell: `mine` belongs to the actor
 * (when an actor can own such a document), `theirs` to someone else; for
 * topics, `mine` is a published topic and `theirs` a draft.
 */
export interface MatrixSamples {
  mine: number | null
  theirs: number
}

const body = {
  root: {
    type: 'root', version: 1, direction: 'ltr', format: '', indent: 0,
    children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, text: 'Matrix.', format: 0, detail: 0, mode: 'normal', style: '' }] }],
  },
} as TextSectionBlock['body']
const random = () => crypto.randomBytes(5).toString('hex')

export interface MatrixFixtureKit {
  samples(actor: PortalUser | null, other: PortalUser): Promise<MatrixSamples>
  createData(actor: PortalUser | null, other: PortalUser): Promise<Record<string, unknown>>
  updateData: Record<string, unknown>
  /** A document the actor could delete if allowed; owned by the actor where ownership applies. */
  disposable(actor: PortalUser | null, other: PortalUser): Promise<number>
  draft?: boolean
}

export function matrixFixtures(payload: Payload, topicId: number): Record<MatrixCollection, MatrixFixtureKit> {
  const topic = (status: 'published' | 'draft') =>
    payload
      .create({ collection: 'topics', overrideAccess: true, draft: (status === 'draft') as true, data: { title: `Matrix ${status} ${random()}`, summary: 'Matrix test.', sections: [{ blockType: 'text', heading: 'Only', body }], _status: status } })
      .then((doc) => doc.id)
  const handout = (owner: PortalUser) =>
    payload
      .create({
        collection: 'handouts',
        overrideAccess: true,
        data: { title: 'Matrix handout', patientName: 'Matrix Patient', clinician: owner.id, sections: [{ topic: topicId, topicTitle: 'T', sectionId: 's', heading: 'H', body }] },
      })
      .then((doc) => doc.id)
  const shareLink = async (owner: PortalUser) => {
    const hash = crypto.randomBytes(32).toString('hex')
    const link = await payload.create({
      collection: 'share-links',
      overrideAccess: true,
      data: { handout: await handout(owner), createdBy: owner.id, tokenHash: hash, tokenId: hash.slice(0, 10), expiresAt: new Date(Date.now() + 86_400_000).toISOString(), accessCheck: 'none', openCount: 0, pdfDownloadCount: 0 },
    })
    return link.id
  }
  const user = () => payload.create({ collection: 'users', overrideAccess: true, data: { email: `matrix-${random()}@test.careleaf.local`, password: 'matrix-test-password-123', name: 'Matrix', roles: ['clinician'] } }).then((doc) => doc.id)
  const auditEvent = (actor: PortalUser | null) => payload.create({ collection: 'audit-events', overrideAccess: true, data: { action: 'auth.fail', actor: actor?.id ?? null } }).then((doc) => doc.id)

  return {
    topics: {
      samples: async () => ({ mine: await topic('published'), theirs: await topic('draft') }),
      createData: async () => ({ title: `Matrix new ${random()}`, summary: 'New.', sections: [{ blockType: 'text', heading: 'Only', body }], _status: 'draft' }),
      updateData: { summary: 'Changed by the access matrix test.' },
      disposable: () => topic('draft'),
      draft: true,
    },
    handouts: {
      samples: async (actor, other) => ({ mine: actor ? await handout(actor) : null, theirs: await handout(other) }),
      createData: async (actor) => ({ title: 'Matrix new handout', patientName: 'New Patient', clinician: actor?.id, sections: [{ topic: topicId, topicTitle: 'T', sectionId: 's', heading: 'H', body }] }),
      updateData: { instructions: 'Changed by the access matrix test.' },
      disposable: (actor, other) => handout(actor ?? other),
    },
    'share-links': {
      samples: async (actor, other) => ({ mine: actor ? await shareLink(actor) : null, theirs: await shareLink(other) }),
      createData: async (actor, other) => {
        const hash = crypto.randomBytes(32).toString('hex')
        return { handout: await handout(actor ?? other), createdBy: (actor ?? other).id, tokenHash: hash, tokenId: hash.slice(0, 10), expiresAt: new Date(Date.now() + 86_400_000).toISOString() }
      },
      updateData: { revokedAt: new Date().toISOString() },
      disposable: (actor, other) => shareLink(actor ?? other),
    },
    users: {
      samples: async (actor, other) => ({ mine: actor?.id ?? null, theirs: other.id }),
      createData: async () => ({ email: `matrix-new-${random()}@test.careleaf.local`, password: 'matrix-test-password-123', name: 'New', roles: ['clinician'] }),
      updateData: { name: 'Renamed by the access matrix test' },
      disposable: () => user(),
    },
    'audit-events': {
      samples: async (actor) => ({ mine: actor ? await auditEvent(actor) : null, theirs: await auditEvent(null) }),
      createData: async (actor) => ({ action: 'auth.fail', actor: actor?.id ?? null }),
      updateData: { detail: 'Changed by the access matrix test.' },
      disposable: (actor) => auditEvent(actor),
    },
  }
}

/** What a grant means for the two samples: may the actor act on `mine`, on `theirs`? */
export function expectedOnSamples(grant: 'yes' | 'no' | 'own' | 'self' | 'published'): { mine: boolean; theirs: boolean } {
  switch (grant) {
    case 'yes':
      return { mine: true, theirs: true }
    case 'no':
      return { mine: false, theirs: false }
    case 'own':
    case 'self':
    case 'published':
      return { mine: true, theirs: false }
  }
}

export type { Actor }
