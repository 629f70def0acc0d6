import { createHash } from 'node:crypto'

import type { Field } from 'payload'

import { SECTION_KINDS, isSectionType } from '@/blocks'
import { sanitizeRichText } from '@/lib/content/sanitizeRichText'

type Data = Record<string, unknown>

const isRecord = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * A topic's sections as they travel in a pack, copied field by field from
 * each section kind's own field list (blocks/<Kind>/config.ts): only what a
 * kind defines as content can leave, and only that is read back in. An image
 * travels as the key of its file in the pack (`mediaKey`), rich text through
 * the same sanitizer the patient page uses.
 */
export function packSections(sections: readonly unknown[], mediaKey: (mediaId: number) => string | null): Data[] {
  return sections.filter(isRecord).flatMap((section) => {
    if (!isSectionType(section.blockType) || typeof section.id !== 'string') return []
    return [
      {
        id: section.id,
        blockType: section.blockType,
        ...copyFields(SECTION_KINDS[section.blockType].config.fields, section, { media: (value) => packMedia(value, mediaKey), sanitize: true }),
      },
    ]
  })
}

/** The media ids a topic's sections show (block images and rich-text images), in order of first use. */
export function sectionMediaIds(sections: readonly unknown[]): number[] {
  const ids = new Set<number>()
  packSections(sections, (id) => {
    ids.add(id)
    return ''
  })
  return [...ids]
}

/**
 * Sections from a pack back into this Careleaf's shape: the same field list
 * decides what is read, images become this Careleaf's media ids, and every
 * row id (sections and their list items) becomes a local one derived from
 * the origin's, so each language's text lands on the same rows and a
 * re-import finds them again. A text field naming another row (a question's
 * `checksSection`) follows that row.
 */
export function unpackSections(sections: readonly Data[], { rowIdPrefix, mediaId }: { rowIdPrefix: string; mediaId: (key: string) => number | null }): Data[] {
  const originRowIds = new Set<string>()
  collectRowIds(sections, originRowIds)
  const localRowId = (id: string) => localRowIdFor(rowIdPrefix, id)
  return sections.flatMap((section) => {
    if (!isSectionType(section.blockType) || typeof section.id !== 'string') return []
    const fields = copyFields(SECTION_KINDS[section.blockType].config.fields, section, {
      media: (value) => (typeof value === 'string' ? mediaId(value) : null),
      rowId: localRowId,
      text: (value) => (originRowIds.has(value) ? localRowId(value) : value),
    })
    return [{ id: localRowId(section.id), blockType: section.blockType, ...fields }]
  })
}

/** A stable row id on this Careleaf for a row of the origin's topic (Payload keeps block and array ids as text). */
export function localRowIdFor(prefix: string, originRowId: string): string {
  return `p${createHash('sha256').update(`${prefix}\u0000${originRowId}`).digest('hex').slice(0, 23)}`
}

interface CopyRules {
  /** An image reference (an upload field, or a rich-text image's value) as it should be written. */
  media: (value: unknown) => unknown
  /** On export, rich text passes the patient page's sanitizer first (it needs images populated, as they are when read). */
  sanitize?: boolean
  rowId?: (id: string) => string
  text?: (value: string) => string
}

function copyFields(fields: readonly Field[], source: Data, rules: CopyRules): Data {
  const copy: Data = {}
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      Object.assign(copy, copyFields(field.fields, source, rules))
      continue
    }
    if (!('name' in field) || field.type === 'ui') continue
    const value = source[field.name]
    if (value === undefined) continue
    switch (field.type) {
      case 'text':
      case 'textarea':
        copy[field.name] = typeof value === 'string' ? (rules.text?.(value) ?? value) : null
        break
      case 'select': {
        // Only the kind's own options: drafts are saved unvalidated, and PostgreSQL would refuse another value with a 500.
        const allowed = new Set(field.options.map((option) => (typeof option === 'string' ? option : option.value)))
        const values = Array.isArray(value) ? value : [value]
        const kept = values.filter((item): item is string => typeof item === 'string' && allowed.has(item))
        copy[field.name] = field.hasMany ? kept : (kept[0] ?? null)
        break
      }
      case 'number':
        copy[field.name] = typeof value === 'number' && Number.isFinite(value) ? value : null
        break
      case 'checkbox':
        copy[field.name] = value === true
        break
      case 'date':
        copy[field.name] = typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : null
        break
      case 'richText':
        copy[field.name] = value === null ? null : mapRichTextImages(rules.sanitize ? sanitizeRichText(value) : value, rules.media)
        break
      case 'upload':
        copy[field.name] = value === null ? null : rules.media(value)
        break
      case 'array':
        copy[field.name] = Array.isArray(value)
          ? value.filter(isRecord).map((row) => ({
              ...(typeof row.id === 'string' ? { id: rules.rowId ? rules.rowId(row.id) : row.id } : {}),
              ...copyFields(field.fields, row, rules),
            }))
          : []
        break
      case 'group':
        copy[field.name] = isRecord(value) ? copyFields(field.fields, value, rules) : null
        break
      // A kind with another field type must say here how it travels; until then the field stays home.
      default:
        break
    }
  }
  return copy
}

function packMedia(value: unknown, mediaKey: (mediaId: number) => string | null): string | null {
  const id = typeof value === 'number' ? value : isRecord(value) && typeof value.id === 'number' ? value.id : null
  return id === null ? null : mediaKey(id)
}

/** Rich text with each image's value rewritten (a media id or a pack key); images that cannot be mapped are dropped. */
function mapRichTextImages(state: unknown, media: (value: unknown) => unknown): unknown {
  const visit = (node: unknown): unknown => {
    if (!isRecord(node)) return node
    if (node.type === 'upload') {
      const mapped = media(node.value)
      return mapped === null || mapped === undefined ? null : { ...node, value: mapped }
    }
    if (!Array.isArray(node.children)) return node
    return { ...node, children: node.children.map(visit).filter((child) => child !== null) }
  }
  return isRecord(state) && isRecord(state.root) ? { ...state, root: visit(state.root) } : state
}

function collectRowIds(value: unknown, ids: Set<string>): void {
  if (Array.isArray(value)) for (const item of value) collectRowIds(item, ids)
  else if (isRecord(value)) {
    if (typeof value.id === 'string') ids.add(value.id)
    for (const [key, child] of Object.entries(value)) if (key !== 'id' && typeof child === 'object') collectRowIds(child, ids)
  }
}
