import fs from 'node:fs'
import path from 'node:path'

import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import type { SectionWritingSignals } from '@/lib/plainLanguage/analyzeSectionWriting'

import { WritingSignalsList } from './WritingSignalsList'

const ROOT = path.resolve(import.meta.dirname, '../..')

/** Value imports (not `import type`) and re-exports of one source file. */
function valueImportsOf(source: string): string[] {
  const specifiers: string[] = []
  for (const match of source.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gmu)) specifiers.push(match[1]!)
  return specifiers
}

function resolveLocal(specifier: string, fromFile: string): string | null {
  const base = specifier.startsWith('@/') ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith('.') ? path.resolve(path.dirname(fromFile), specifier) : null
  if (base === null) return null
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate
  }
  throw new Error(`Cannot resolve ${specifier} from ${fromFile}`)
}

/** Every package the browser bundle of a client component pulls in, following the project's own files. */
function packagesReachedFrom(entry: string): Set<string> {
  const packages = new Set<string>()
  const seen = new Set<string>()
  const queue = [entry]
  while (queue.length > 0) {
    const file = queue.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    const source = fs.readFileSync(file, 'utf8')
    if (/^\s*['"]use server['"]/mu.test(source)) packages.add(`"use server" in ${path.relative(ROOT, file)}`)
    for (const specifier of valueImportsOf(source)) {
      const local = resolveLocal(specifier, file)
      if (local) queue.push(local)
      else packages.add(specifier)
    }
  }
  return packages
}

describe('WritingSignalsPanel', () => {
  it('keeps server code out of the admin bundle: the block registry and word list it reuses import only browser-safe packages', () => {
    // The panel reads sections through blocks/ (shared with the server); a value import of
    // `payload`, the database or Node built-ins there would ship server code to the browser.
    const packages = [...packagesReachedFrom(path.join(ROOT, 'components/admin/WritingSignalsPanel.tsx'))].sort()
    expect(packages).toEqual(['@payloadcms/ui', 'payload/shared', 'react'])
  })
})

const signals: SectionWritingSignals[] = [
  {
    key: 'a',
    heading: 'Overview',
    kindLabel: 'Text',
    fleschKincaidGrade: 18.6,
    words: 64,
    gradedOnItsOwn: true,
    overTarget: true,
    passiveSentences: ['Sleep is disturbed by pain.'],
    readerAddress: { sentences: 4, addressingReader: 1, share: 0.25 },
    medicalTerms: [{ term: 'hypertension', plain: 'high blood pressure', asWritten: 'Hypertension', count: 2 }],
  },
  {
    key: 'b',
    heading: 'Tips',
    kindLabel: 'Do / don’t tips',
    fleschKincaidGrade: 4.2,
    words: 40,
    gradedOnItsOwn: true,
    overTarget: false,
    passiveSentences: [],
    readerAddress: { sentences: 2, addressingReader: 2, share: 1 },
    medicalTerms: [],
  },
]

describe('WritingSignalsList', () => {
  it('shows each section’s heading, grade with a worded flag over target, passive sentences, "you" share and jargon hints', () => {
    const html = renderToStaticMarkup(<WritingSignalsList sections={signals} targetGrade={6} />)
    expect(html).toContain('Overview')
    expect(html).toContain('18.6')
    expect(html).toContain('⚑ Over target: aim for grade 6 or lower')
    expect(html).toContain('1 section reads above grade 6')
    expect(html).toContain('<q>Sleep is disturbed by pain.</q>')
    expect(html).toContain('Says “you” in 1 of 4 sentences (25%)')
    expect(html).toContain('<mark>Hypertension</mark> → high blood pressure')
    expect(html).toContain('✓ within target (6)')
    expect(html.match(/Over target/gu)).toHaveLength(1)
  })

  it('says when a section is too short to grade on its own instead of flagging it', () => {
    const short: SectionWritingSignals = { ...signals[0]!, key: 'c', heading: 'Short', words: 12, gradedOnItsOwn: false, overTarget: false }
    const html = renderToStaticMarkup(<WritingSignalsList sections={[short]} targetGrade={6} />)
    expect(html).toContain('too short to grade on its own: 12 words')
    expect(html).not.toContain('Over target')
  })

  it('says so while the first computation is pending and when there are no sections', () => {
    expect(renderToStaticMarkup(<WritingSignalsList sections={null} targetGrade={6} />)).toContain('Checking the sections')
    expect(renderToStaticMarkup(<WritingSignalsList sections={[]} targetGrade={6} />)).toContain('Add a section')
  })
})
