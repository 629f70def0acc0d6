import Link from 'next/link'
import type { ReactNode } from 'react'

import { ClinicBrand } from '@/components/ClinicBrand'
import { IdleLogoffWarning } from '@/components/IdleLogoffWarning'
import { getPortalUser } from '@/lib/auth/getPortalUser'
import { loadClinic } from '@/lib/clinic/loadClinic'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'

import { SignOutButton } from './SignOutButton'

export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const [user, clinic] = await Promise.all([getPortalUser(), getPayloadClient().then(loadClinic)])
  return (
    <>
      <header className="site-header">
        <div className="site-header__inner">
          <Link className="brand" href="/library">
            Care<span>leaf</span>
          </Link>
          <nav className="site-nav" aria-label="Workspace">
            <Link href="/library">Library</Link>
            <Link href="/handouts">My handouts</Link>
            <Link href="/kits">Kits</Link>
          </nav>
          <ClinicBrand name={clinic.name} logo={clinic.logo} />
          {user && (
            <div className="site-user">
              <span>{user.name}</span>
              <SignOutButton />
            </div>
          )}
        </div>
      </header>
      <main id="main">{children}</main>
      {user && <IdleLogoffWarning />}
    </>
  )
}
