import type { Block, Field } from 'payload'

import { applyRichTextTranslations, richTextUnits } from './richTextUnits'
import { type InlineText, type TranslationUnit, findMarkupProblem, hasTranslatableText, inlinePlainText, plainTextToInline } from './translationUnit'

/**
 * A document's translatable text as translation units, read from any Payload
 * field config: every text, textarea and rich text field marked
 * `localized: true` (or inside a localized array, block list, group or named
 * tab) becomes units, and arrays and blocks are walked row by row. Unit ids
 * are stable paths: `title`, `keywords.0`, `sections.<rowId>.heading`,
 * `sections.<rowId>.body.2` (a rich text block), `sections.<rowId>.signs.<rowId>.text`.
 * Empty text makes no unit: there is nothing to translate. Hidden and
 * read-only fields, and any marked `custom: { translatable: false }`, are
 * left out with everything inside them.
 */
export function topicTranslationUnits(fields: readonly Field[], doc: Record<string, unknown>, options: WalkOptions = {}): TranslationUnit[] {
  const context: WalkContext = { units: [], targets: null, blocks: options.blocks ?? [] }
  walkFields(fields, doc, TOP, context)
  return context.units
}

/**
 * The data for a Payload update in the target locale: the same structure as
 * the source document (every row of every array and block list that holds
 * translated text, with its id and block type, so no row is dropped), with
 * each unit's translated text in its place, and rich text rebuilt with the
 * source's blocks, formatting and links around the translated words. Fields
 * that are not translated are left out, so Payload keeps what the locale has
 * (a localized group's other fields included); a localized array or block
 * list has rows of its own per locale, so its rows are copied whole, without
 * their ids, and Payload gives them new ones.
 *
 * Refuses, before building anything, units that do not fit the document: one
 * missing, an unknown one, an empty translation, or markup that differs from
 * the source (see findMarkupProblem).
 */
export function applyTranslationUnits(
  fields: readonly Field[],
  sourceDoc: Record<string, unknown>,
  units: readonly TranslationUnit[],
  options: WalkOptions = {},
): Record<string, unknown> {
  const sourceUnits = topicTranslationUnits(fields, sourceDoc, options)
  const targets = new Map<string, InlineText>()
  for (const unit of units) {
    if (targets.has(unit.id)) throw new TranslationApplyError('duplicate-unit', unit.id, `Unit ${unit.id} is given twice.`)
    targets.set(unit.id, unit.target ?? [])
  }
  const known = new Set(sourceUnits.map((unit) => unit.id))
  for (const unit of sourceUnits) {
    const target = targets.get(unit.id)
    if (target === undefined) throw new TranslationApplyError('missing-unit', unit.id, `Unit ${unit.id} of the document has no translation.`)
    if (!hasTranslatableText(target)) throw new TranslationApplyError('empty-target', unit.id, `Unit ${unit.id} has an empty translation.`)
    const problem = findMarkupProblem(unit.source, target)
    if (problem) throw new TranslationApplyError(problem.kind, unit.id, `In unit ${unit.id}, ${problem.sentence}.`)
  }
  for (const unit of units) {
    if (!known.has(unit.id)) throw new TranslationApplyError('unknown-unit', unit.id, `Unit ${unit.id} is not in the document.`)
  }
  return walkFields(fields, sourceDoc, TOP, { units: [], targets, blocks: options.blocks ?? [] })
}

export interface WalkOptions {
  /** The config's shared blocks, for blocks fields that name theirs by slug (`blockReferences`). */
  blocks?: readonly Block[]
}

export type TranslationApplyErrorCode = 'duplicate-unit' | 'missing-unit' | 'unknown-unit' | 'empty-target' | 'markup-mismatch' | 'link-changed'

export class TranslationApplyError extends Error {
  override name = 'TranslationApplyError'
  constructor(
    readonly code: TranslationApplyErrorCode,
    readonly unitId: string,
    message: string,
  ) {
    super(message)
  }
}

/** The document does not match its config (a row without an id, a block type the config lacks). */
export class TranslationSourceError extends Error {
  override name = 'TranslationSourceError'
}

interface WalkContext {
  units: TranslationUnit[]
  /** Null while collecting units; the translations by unit id while applying. */
  targets: ReadonlyMap<string, InlineText> | null
  blocks: readonly Block[]
}

interface Place {
  /** Unit id prefix: '' at the top, then `sections.<rowId>` and so on. */
  path: string
  /** Where the text appears, for the translator's note. */
  labels: string[]
  /** Inside a localized container: every text field in it is per locale. */
  localized: boolean
  /**
   * Inside a row of a localized array or block list: the locale has rows of
   * its own, so each is written whole (the source's other fields copied) and
   * without its id, for Payload to give it a new one.
   */
  wholeRows: boolean
}

const TOP: Place = { path: '', labels: [], localized: false, wholeRows: false }

type Data = Record<string, unknown>

function walkFields(fields: readonly Field[], data: Data, place: Place, context: WalkContext): Data {
  const out: Data = place.wholeRows ? withoutId(structuredClone(data)) : {}
  for (const field of fields) {
    if (isLeftOut(field)) continue
    switch (field.type) {
      case 'row':
      case 'collapsible':
        Object.assign(out, walkFields(field.fields, data, place, context))
        break
      case 'tabs':
        for (const tab of field.tabs) {
          if (isLeftOut(tab)) continue
          if ('name' in tab && typeof tab.name === 'string') {
            nest(
              out,
              tab.name,
              walkFields(tab.fields, recordOf(data[tab.name]), child(place, tab.name, labelOf(tab.label, tab.name), tab.localized), context),
              place,
            )
          } else {
            Object.assign(out, walkFields(tab.fields, data, place, context))
          }
        }
        break
      case 'group':
        if ('name' in field && typeof field.name === 'string' && field.name !== '') {
          nest(
            out,
            field.name,
            walkFields(field.fields, recordOf(data[field.name]), child(place, field.name, labelOf(field.label, field.name), field.localized), context),
            place,
          )
        } else {
          Object.assign(out, walkFields(field.fields, data, place, context))
        }
        break
      case 'array': {
        const inner = rowsChild(place, field.name, labelOf(field.label, field.name), field.localized)
        const rows = rowsOf(data[field.name]).map((row, index) => {
          const rowPlace = rowChild(inner, row, index, field.name)
          return { ...rowKeys(row, rowPlace), ...walkFields(field.fields, row, rowPlace, context) }
        })
        nestRows(out, field.name, rows, inner)
        break
      }
      case 'blocks': {
        const inner = rowsChild(place, field.name, labelOf(field.label, field.name), field.localized)
        const rows = rowsOf(data[field.name]).map((row, index) => {
          const block = blockOf(field.blockReferences ?? field.blocks, row.blockType, context.blocks, field.name)
          const rowPlace = rowChild(inner, row, index, field.name, labelOf(block.labels?.singular, block.slug))
          return { ...rowKeys(row, rowPlace), blockType: block.slug, ...walkFields(block.fields, row, rowPlace, context) }
        })
        nestRows(out, field.name, rows, inner)
        break
      }
      case 'text':
      case 'textarea': {
        if (!(field.localized || place.localized)) break
        const value = data[field.name]
        const id = pathOf(place, field.name)
        const note = noteOf(place, field)
        if (Array.isArray(value)) {
          out[field.name] = value.map((item, index) => (typeof item === 'string' ? translatePlain(`${id}.${index}`, item, note, context) : item))
        } else if (typeof value === 'string' && hasTranslatableText(plainTextToInline(value))) {
          out[field.name] = translatePlain(id, value, note, context)
        }
        break
      }
      case 'richText': {
        if (!(field.localized || place.localized)) break
        const value = data[field.name]
        if (!isRecord(value) || !isRecord(value.root)) break
        const id = pathOf(place, field.name)
        const note = noteOf(place, field)
        for (const unit of richTextUnits(value, id)) context.units.push({ ...unit, note })
        if (context.targets) out[field.name] = applyRichTextTranslations(value, id, context.targets)
        break
      }
      default:
      // Numbers, selects, relationships, uploads, dates, JSON: the same in every locale (or copied with a localized container).
    }
  }
  return out
}

function translatePlain(id: string, value: string, note: string, context: WalkContext): string {
  const source = plainTextToInline(value)
  if (!hasTranslatableText(source)) return value
  context.units.push({ id, source, note })
  const target = context.targets?.get(id)
  return target ? inlinePlainText(target) : value
}

/** A named group or tab: its own data object, which in a locale Payload merges with what that locale has. */
function child(place: Place, name: string, label: string, localized: boolean | undefined): Place {
  return { ...place, path: pathOf(place, name), labels: [...place.labels, label], localized: place.localized || localized === true }
}

/** An array or block list, whose rows are the locale's own when it is localized. */
function rowsChild(place: Place, name: string, label: string, localized: boolean | undefined): Place {
  return { ...child(place, name, label, localized), wholeRows: place.wholeRows || localized === true }
}

function rowChild(inner: Place, row: Data, index: number, fieldName: string, kind?: string): Place {
  const id = row.id
  if (typeof id !== 'string' && typeof id !== 'number')
    throw new TranslationSourceError(`Row ${index + 1} of ${fieldName} has no id, so its text has no stable unit id.`)
  const labels = [...inner.labels]
  labels[labels.length - 1] = `${labels.at(-1)} ${index + 1}${kind ? ` (${kind})` : ''}`
  return { ...inner, path: `${inner.path}.${id}`, labels }
}

/** A row keeps its id so Payload updates it in place, except in a localized array or block list, whose rows are the locale's own. */
function rowKeys(row: Data, place: Place): Data {
  return place.wholeRows ? {} : { id: row.id }
}

/** Rows go in all together when any has translated text (a row left out would be deleted), and always when they are the locale's own. */
function nestRows(out: Data, name: string, rows: Data[], inner: Place): void {
  const translated = rows.some((row) => Object.keys(row).some((key) => key !== 'id' && key !== 'blockType'))
  if (translated || inner.wholeRows) out[name] = rows
}

function nest(out: Data, name: string, value: Data, place: Place): void {
  if (place.wholeRows || Object.keys(value).length > 0) out[name] = value
}

/**
 * Fields a translator never sees: hidden or read-only ones (computed per
 * locale, like search text) and any a schema marks `custom: { translatable: false }`
 * (a localized record about the translation itself, say).
 */
function isLeftOut(field: { admin?: unknown; custom?: unknown; virtual?: unknown }): boolean {
  const admin = isRecord(field.admin) ? field.admin : {}
  const custom = isRecord(field.custom) ? field.custom : {}
  return admin.hidden === true || admin.readOnly === true || custom.translatable === false || Boolean(field.virtual)
}

function blockOf(blocks: ReadonlyArray<Block | string>, blockType: unknown, shared: readonly Block[], fieldName: string): Block {
  for (const block of blocks) {
    const resolved = typeof block === 'string' ? shared.find((candidate) => candidate.slug === block) : block
    if (typeof block === 'string' && !resolved)
      throw new TranslationSourceError(`Block ${block} of ${fieldName} is named by slug; pass the config's blocks to resolve it.`)
    if (resolved && resolved.slug === blockType) return resolved
  }
  throw new TranslationSourceError(`A row of ${fieldName} has block type ${String(blockType)}, which its config does not have.`)
}

function pathOf(place: Place, name: string): string {
  return place.path === '' ? name : `${place.path}.${name}`
}

function noteOf(place: Place, field: Field & { name: string }): string {
  const label = labelOf('label' in field ? field.label : undefined, field.name)
  const parts = [[...place.labels, label].join(' › ') + '.']
  if ((field.type === 'text' || field.type === 'textarea') && typeof field.maxLength === 'number') parts.push(`At most ${field.maxLength} characters.`)
  const description = field.admin && 'description' in field.admin ? field.admin.description : undefined
  const text = typeof description === 'string' ? description : isRecord(description) && typeof description.en === 'string' ? description.en : null
  if (text) parts.push(text)
  return parts.join(' ')
}

/** A config label as text: the string, its English, or the field name in words ("mainMessage" → "Main message"). */
function labelOf(label: unknown, name: string): string {
  if (typeof label === 'string' && label !== '') return label
  if (isRecord(label) && typeof label.en === 'string') return label.en
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

function rowsOf(value: unknown): Data[] {
  return Array.isArray(value) ? value.filter(isRecord) : []
}

function recordOf(value: unknown): Data {
  return isRecord(value) ? value : {}
}

function withoutId(data: Data): Data {
  const { id: _id, ...rest } = data
  return rest
}

function isRecord(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
