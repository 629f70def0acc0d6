import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { ACTORS, grantAllows, grantFor, MATRIX_COLLECTIONS, README_MATRIX_END, README_MATRIX_START, renderAccessMatrixMarkdown } from './accessMatrix'

describe('access matrix', () => {
  it('is what docs/access.md says (run `npm run docs:access` after changing access/accessMatrix.ts)', () => {
    const readme = fs.readFileSync(path.resolve(import.meta.dirname, '..', 'docs', 'access.md'), 'utf8')
    const start = readme.indexOf(README_MATRIX_START)
    const end = readme.indexOf(README_MATRIX_END)
    expect(start).toBeGreaterThan(-1)
    expect(end).toBeGreaterThan(start)
    expect(readme.slice(start + README_MATRIX_START.length, end).trim()).toBe(renderAccessMatrixMarkdown())
  })
})

describe('grantAllows', () => {
  it('reads each nuanced cell against what a sample is to the actor', () => {
    expect(grantAllows('own-live', { ownedByActor: true })).toBe(true)
    expect(grantAllows('own-live', { ownedByActor: true, deleted: true })).toBe(false)
    expect(grantAllows('own', { ownedByActor: true, deleted: true })).toBe(true)
    expect(grantAllows('own-or-shared', { sharedWithClinic: true })).toBe(true)
    expect(grantAllows('own-or-shared', {})).toBe(false)
    expect(grantAllows('own-or-colleague-live', { ownerSharesWithClinic: true })).toBe(true)
    expect(grantAllows('own-or-colleague-live', { ownerSharesWithClinic: true, deleted: true })).toBe(false)
    expect(grantAllows('own-or-colleague-live', { ownedByActor: true, deleted: true })).toBe(false)
    expect(grantAllows('own-or-colleague-live', { sharedWithClinic: true })).toBe(false)
    expect(grantAllows('own-live', { ownerSharesWithClinic: true })).toBe(false)
    expect(grantAllows('published', { published: true })).toBe(true)
    expect(grantAllows('published', { ownedByActor: true })).toBe(false)
    expect(grantAllows('self', {})).toBe(false)
    expect(grantAllows('yes', { deleted: true })).toBe(true)
    expect(grantAllows('no', { ownedByActor: true })).toBe(false)
  })

  it('has only yes/no create cells (a create has no document to own yet)', () => {
    for (const collection of MATRIX_COLLECTIONS) {
      for (const actor of ACTORS) expect(['yes', 'no'], `${collection} create by ${actor}`).toContain(grantFor(collection, 'create', actor))
    }
  })
})
