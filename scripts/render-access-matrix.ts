/** `npm run docs:access`: rewrites the access table in docs/access.md from access/accessMatrix.ts. */
import fs from 'node:fs'
import path from 'node:path'

import { README_MATRIX_END, README_MATRIX_START, renderAccessMatrixMarkdown } from '../access/accessMatrix'

const file = path.resolve(process.cwd(), 'docs', 'access.md')
const doc = fs.readFileSync(file, 'utf8')
const start = doc.indexOf(README_MATRIX_START)
const end = doc.indexOf(README_MATRIX_END)
if (start < 0 || end < start) throw new Error(`docs/access.md has no ${README_MATRIX_START} … ${README_MATRIX_END} block`)
fs.writeFileSync(file, `${doc.slice(0, start + README_MATRIX_START.length)}\n${renderAccessMatrixMarkdown()}\n${doc.slice(end)}`)
console.log('docs/access.md access table updated')
