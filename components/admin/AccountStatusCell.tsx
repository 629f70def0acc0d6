import { headers } from 'next/headers'
import type { DefaultServerCellComponentProps, Payload } from 'payload'
import { cache } from 'react'

import { formatAdminDateTime } from '@/lib/admin/adminDates'
import { findAccountLocks } from '@/lib/auth/findAccountLocks'

/** One read of the locks per list page, not one per row; as the signed-in admin, whose read rule applies. */
const accountLocksForThisRequest = cache(async (payload: Payload): Promise<Map<number, string>> => {
  const { user } = await payload.auth({ headers: await headers() })
  if (!user || user.collection !== 'users') return new Map()
  return findAccountLocks({ payload, user })
})

/** The users list's Status column: "Disabled", "Locked until …" (after failed sign-ins; an admin can unlock), or "Active". */
export async function AccountStatusCell({ payload, rowData }: DefaultServerCellComponentProps) {
  if (rowData.disabled === true) return <span>Disabled</span>
  const lockUntil = (await accountLocksForThisRequest(payload)).get(Number(rowData.id))
  return <span>{lockUntil ? `Locked until ${formatAdminDateTime(lockUntil)}` : 'Active'}</span>
}
