import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')

/** The code block under "## Where things are": the README's map of the tree. */
function layoutBlock(): string {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Where things are'))
  const block = section?.match(/```\n([\s\S]*?)```/)?.[1]
  if (!block) throw new Error('README has no "Where things are" code block')
  return block
}

/** Paths the map names: words ending in "/" or naming a root file, with "lib/<domain>/" standing for lib/. */
function namedPaths(block: string): string[] {
  const words = block.split(/\s+/).filter(Boolean)
  return words
    .filter((word) => /^[a-z(][\w().<>[\]-]*\/$/.test(word) || /^[a-z][\w-]*\.(?:ts|mjs)$/.test(word))
    .filter(
      (word) =>
        word.startsWith('app/') || !word.includes('/') || word.split('/').filter(Boolean).length === 1 || word.startsWith('tests/') || word.startsWith('lib/'),
    )
    .map((word) => word.replace('lib/<domain>/', 'lib/'))
}

/** Top-level folders in git, other than tool configuration ones. */
function trackedTopLevelFolders(): string[] {
  const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean)
  return [...new Set(files.filter((file) => file.includes('/')).map((file) => file.split('/')[0]!))].filter((folder) => !folder.startsWith('.')).sort()
}

describe("the README's map of the tree", () => {
  it('names only paths that exist', () => {
    const missing = namedPaths(layoutBlock()).filter((named) => !fs.existsSync(path.join(root, named)))
    expect(missing).toEqual([])
  })

  it('names every top-level folder, so a new one cannot go unmapped', () => {
    const block = layoutBlock()
    const unmapped = trackedTopLevelFolders().filter((folder) => !new RegExp(`(^|\\s)${folder.replace(/[()]/g, '\\$&')}/`).test(block))
    expect(unmapped).toEqual([])
  })

  it('names every lib/ domain it lists, and each exists', () => {
    const listed =
      layoutBlock()
        .match(/lib\/<domain>\/\s+([a-z ]+)…/)?.[1]
        ?.trim()
        .split(/\s+/) ?? []
    expect(listed.length).toBeGreaterThan(3)
    for (const domain of listed) expect(fs.existsSync(path.join(root, 'lib', domain)), domain).toBe(true)
  })
})
