import { sql } from '@payloadcms/db-postgres'
import type { FlattenedField, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { findAccountLocks } from '@/lib/auth/findAccountLocks'
import { YES_NO_CELL } from '@/lib/payload/readableAdminValues'

import { createTestUser, getTestPayload } from './testPayload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

/** Every field of the running config, nested ones included, with where it is. */
function allFields(fields: FlattenedField[], where: string): Array<{ where: string; field: FlattenedField }> {
  return fields.flatMap((field) => {
    const here = `${where}.${field.name}`
    const nested =
      field.type === 'blocks'
        ? field.blocks.flatMap((block) => allFields(block.flattenedFields, `${here}.${block.slug}`))
        : 'flattenedFields' in field
          ? allFields(field.flattenedFields, here)
          : []
    return [{ where: here, field }, ...nested]
  })
}

describe('the admin shows readable values', () => {
  const everyField = () => [
    ...payload.config.collections.flatMap((collection) => allFields(collection.flattenedFields, collection.slug)),
    ...payload.config.globals.flatMap((global) => allFields(global.flattenedFields, global.slug)),
  ]

  it('every date field shows its year (the review-due date included), and none only as digits', () => {
    const readable = (format: string | undefined) => Boolean(format && /MMM/.test(format) && /yyyy/.test(format))
    expect(readable(payload.config.admin.dateFormat)).toBe(true)
    const dates = everyField().filter(({ field }) => field.type === 'date' && field.admin?.date?.pickerAppearance !== 'timeOnly')
    expect(dates.map(({ where }) => where)).toContain('topics.reviewDueAt')
    // A field with its own picker settings is shown by the picker in its own format (Payload: "MMM dd" for a day-only
    // date, no year); the rest (createdAt, updatedAt, …) in the root format.
    const unreadable = dates.filter(
      ({ field }) => field.type === 'date' && !readable(field.admin?.date?.displayFormat ?? (field.admin?.date ? undefined : payload.config.admin.dateFormat)),
    )
    expect(unreadable.map(({ where }) => where)).toEqual([])
  })

  it('every checkbox column reads Yes / No rather than true / false', () => {
    const checkboxes = everyField().filter(({ field }) => field.type === 'checkbox')
    expect(checkboxes.map(({ where }) => where)).toEqual(expect.arrayContaining(['users.disabled', 'users.sharesHandoutsWithClinic']))
    for (const { where, field } of checkboxes) expect(field.type === 'checkbox' && field.admin?.components?.Cell, where).toBe(YES_NO_CELL)
  })

  it('the users list has a Status column by default', () => {
    const users = payload.config.collections.find((collection) => collection.slug === 'users')!
    expect(users.admin.defaultColumns).toContain('accountStatus')
    const status = users.fields.find((field) => 'name' in field && field.name === 'accountStatus')
    expect(status).toMatchObject({ type: 'ui', label: 'Status' })
  })
})

describe('findAccountLocks', () => {
  it('tells an admin which accounts are locked until when, and nobody else about anyone else', async () => {
    const admin = await createTestUser(payload, ['admin'])
    const locked = await createTestUser(payload, ['clinician'])
    const lapsed = await createTestUser(payload, ['clinician'])
    const now = new Date()
    const until = new Date(now.getTime() + 10 * 60_000).toISOString()
    await payload.db.drizzle.execute(sql`UPDATE users SET lock_until = ${until}, login_attempts = 5 WHERE id = ${locked.id}`)
    await payload.db.drizzle.execute(sql`UPDATE users SET lock_until = ${new Date(now.getTime() - 60_000).toISOString()} WHERE id = ${lapsed.id}`)

    const asAdmin = await findAccountLocks({ payload, user: admin, now })
    expect(asAdmin.get(locked.id)).toBe(until)
    expect(asAdmin.has(lapsed.id)).toBe(false)
    expect(asAdmin.has(admin.id)).toBe(false)

    const colleague = await createTestUser(payload, ['clinician'])
    expect([...(await findAccountLocks({ payload, user: colleague, now })).keys()]).toEqual([])
    // Reading it never gives the hidden field away through the ordinary read.
    const ordinary = await payload.findByID({ collection: 'users', id: locked.id, user: admin, overrideAccess: false })
    expect(ordinary).not.toHaveProperty('lockUntil')
  })
})
