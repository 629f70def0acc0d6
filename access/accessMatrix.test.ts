import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { README_MATRIX_END, README_MATRIX_START, renderAccessMatrixMarkdown } from './accessMatrix'

describe('access matrix', () => {
  it('is what the README says (run `npm run docs:access` after changing access/accessMatrix.ts)', () => {
    const readme = fs.readFileSync(path.resolve(import.meta.dirname, '..', 'README.md'), 'utf8')
    const start = readme.indexOf(README_MATRIX_START)
    const end = readme.indexOf(README_MATRIX_END)
    expect(start).toBeGreaterThan(-1)
    expect(end).toBeGreaterThan(start)
    expect(readme.slice(start + README_MATRIX_START.length, end).trim()).toBe(renderAccessMatrixMarkdown())
  })
})
