/** `npm run docs:access`: rewrites the README's access table from access/accessMatrix.ts. */
import fs from 'node:fs'
import path from 'node:path'

import { README_MATRIX_END, README_MATRIX_START, renderAccessMatrixMarkdown } from '../access/accessMatrix'

const file = path.resolve(process.cwd(), 'README.md')
const readme = fs.readFileSync(file, 'utf8')
const start = readme.indexOf(README_MATRIX_START)
const end = readme.indexOf(README_MATRIX_END)
if (start < 0 || end < start) throw new Error(`README.md has no ${README_MATRIX_START} … ${README_MATRIX_END} block`)
fs.writeFileSync(file, `${readme.slice(0, start + README_MATRIX_START.length)}\n${renderAccessMatrixMarkdown()}\n${readme.slice(end)}`)
console.log('README.md access table updated')
