import type { Payload } from 'payload'

import { isUrgentSection, sectionHeading, sectionPassages } from '@/blocks'
import type { PortalUser } from '@/lib/auth/portalUser'
import { richTextToPlainText } from '@/lib/content/lexical'
import type { RichTextState } from '@/lib/content/richTextState'

export interface BuilderSection {
  id: string
  /**
   * The patient must not miss it ("When to get help now", see isUrgentSection):
   * set here on the server so the preview can put it where the handout will
   * without the builder's client code loading the block registry.
   */
  urgent: boolean
  heading: string
  /** Plain-text paragraphs: the live preview shows the same words the handout will. */
  paragraphs: string[]
}

export interface BuilderTopic {
  id: number
  slug: string
  title: string
  /** Shown first in the preview, in the box every output draws (see lib/handouts/mainMessages). */
  mainMessage: string | null
  summary: string | null
  sections: BuilderSection[]
}

export function toParagraphs(body: RichTextState): string[] {
  return richTextToPlainText(body)
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

/** Published topics by id or slug, with their sections, for the builder. */
export async function loadBuilderTopics({
  payload,
  user,
  ids = [],
  slugs = [],
}: {
  payload: Payload
  user: PortalUser
  ids?: number[]
  slugs?: string[]
}): Promise<BuilderTopic[]> {
  if (ids.length === 0 && slugs.length === 0) return []
  const { docs } = await payload.find({
    collection: 'topics',
    user,
    overrideAccess: false,
    draft: false,
    where: { and: [{ _status: { equals: 'published' } }, { or: [{ id: { in: ids.length ? ids : [0] } }, { slug: { in: slugs.length ? slugs : [''] } }] }] },
    limit: ids.length + slugs.length,
    pagination: false,
    depth: 0,
    // What the builder shows, nothing more: ten picked topics would otherwise also bring every topic's sources,
    // codes, keywords, readability report and search text, none of which the builder uses.
    select: { title: true, slug: true, mainMessage: true, summary: true, sections: true },
  })
  return docs.map((topic) => ({
    id: topic.id,
    slug: topic.slug,
    title: topic.title,
    mainMessage: topic.mainMessage?.trim() || null,
    summary: topic.summary?.trim() || null,
    // Every block kind (text, tips, exercise, warning signs, image) previews as its heading and passages.
    sections: topic.sections.flatMap((section) =>
      section.id ? [{ id: section.id, urgent: isUrgentSection(section), heading: sectionHeading(section), paragraphs: sectionPassages(section) }] : [],
    ),
  }))
}

/** All published topics, for the builder's "Add a topic" list. */
export async function listPublishedTopics({ payload, user }: { payload: Payload; user: PortalUser }): Promise<Array<{ id: number; title: string }>> {
  const { docs } = await payload.find({
    collection: 'topics',
    user,
    overrideAccess: false,
    draft: false,
    where: { _status: { equals: 'published' } },
    sort: 'title',
    limit: 500,
    pagination: false,
    depth: 0,
    select: { title: true },
  })
  return docs.map((topic) => ({ id: topic.id, title: topic.title }))
}
