import fs from 'node:fs'
import path from 'node:path'

import type { Block, Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { TOPIC_SECTION_BLOCKS } from './index'

function thumbnailUrl(block: Block): string | undefined {
  const thumbnail = block.admin?.images?.thumbnail
  return typeof thumbnail === 'string' ? thumbnail : thumbnail?.url
}

const namedBy = (block: Block) => block.fields.find((field: Field) => 'name' in field && ['heading', 'name', 'caption'].includes(field.name))

describe('sections in the topic editor', () => {
  it.each(TOPIC_SECTION_BLOCKS.map((block) => [block.slug, block] as const))('%s is labelled by its own heading, not "Untitled"', (_slug, block) => {
    const label = block.admin?.components?.Label as { path: string; clientProps?: { kind?: string } } | undefined
    expect(label?.path).toBe('/components/admin/SectionRowLabel#SectionRowLabel')
    expect(label?.clientProps?.kind).toBeTruthy()
    expect(block.admin?.disableBlockName).toBe(true)
    // The label reads the row's heading, name or caption: each kind must have one.
    expect(namedBy(block)).toBeDefined()
  })

  it('gives every kind its own picture, and each picture exists', () => {
    const urls = TOPIC_SECTION_BLOCKS.map(thumbnailUrl)
    expect(urls.every(Boolean)).toBe(true)
    expect(new Set(urls).size).toBe(TOPIC_SECTION_BLOCKS.length)
    for (const url of urls) expect(fs.existsSync(path.join(process.cwd(), 'public', url!))).toBe(true)
  })
})
