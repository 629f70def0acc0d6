import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { canExchangeContentPacks } from '@/access/canExchangeContentPacks'

import { ContentPacksPanel } from './ContentPacksPanel'

/** `/admin/content-packs`: exchange reviewed topics with other clinics (admins only; the endpoints check again). */
export function ContentPacksView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>Content packs</h1>
        {canExchangeContentPacks(req.user) ? <ContentPacksPanel /> : <p role="alert">Only an admin can export or import content packs.</p>}
      </Gutter>
    </DefaultTemplate>
  )
}
