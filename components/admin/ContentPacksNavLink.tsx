'use client'

import { useAuth } from '@payloadcms/ui'
import Link from 'next/link'

import { canExchangeContentPacks } from '@/access/canExchangeContentPacks'
import type { User } from '@/payload-types'

/** The admin navigation's way to the content packs page, for admins only. */
export function ContentPacksNavLink() {
  const { user } = useAuth<User>()
  if (!canExchangeContentPacks(user)) return null
  return (
    <Link className="nav__link" href="/admin/content-packs" style={{ display: 'block', padding: '0.25rem 0' }}>
      Content packs
    </Link>
  )
}
