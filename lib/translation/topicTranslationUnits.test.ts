import type { Block, Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { Topics } from '@/collections/Topics'

import {
  TranslationApplyError,
  type TranslationApplyErrorCode,
  TranslationSourceError,
  applyTranslationUnits,
  topicTranslationUnits,
} from './topicTranslationUnits'
import { type InlineText, type TranslationUnit, withExistingTargets } from './translationUnit'
import {
  mapInlineText,
  mapLexicalText,
  mark,
  translateUnits,
  translationTestBody,
  translationTestDoc,
  translationTestFields,
} from '../../tests/support/translationFixtures'

const units = topicTranslationUnits(translationTestFields, translationTestDoc)
const unit = (id: string): TranslationUnit => {
  const found = units.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`no unit ${id}`)
  return found
}

describe('topicTranslationUnits', () => {
  it('makes one unit per patient text, with ids that are paths through fields and row ids', () => {
    expect(units.map((candidate) => candidate.id)).toEqual([
      'title',
      'mainMessage',
      'summary',
      'sections.sec-text.heading',
      'sections.sec-text.body.0',
      'sections.sec-text.body.1',
      'sections.sec-text.body.2.0',
      'sections.sec-text.body.2.1',
      'sections.sec-text.body.2.1.1.0',
      'sections.sec-text.body.5',
      'sections.sec-tips.heading',
      'sections.sec-tips.do.do-1.text',
      'sections.sec-tips.dont.dont-1.text',
      'sections.sec-exercise.name',
      'sections.sec-exercise.steps.step-1.text',
      'sections.sec-exercise.steps.step-2.text',
      'sections.sec-exercise.repetitions',
      'sections.sec-warning.heading',
      'sections.sec-warning.intro',
      'sections.sec-warning.signs.sign-1.text',
      'sections.sec-warning.signs.sign-1.reason',
      'sections.sec-warning.signs.sign-2.text',
      'sections.sec-plan.heading',
      'sections.sec-plan.moments.moment-1.when',
      'sections.sec-plan.moments.moment-1.actions.action-1.text',
      'sections.sec-media.caption',
      'keywords.0',
      'keywords.2',
    ])
  })

  it('keeps a paragraph’s formatting as spans over whole runs, its link with its address, and its line break', () => {
    expect(unit('sections.sec-text.body.0').source).toEqual([
      { type: 'text', text: 'Rest for ' },
      { type: 'format', id: '1', format: 'bold', children: [{ type: 'text', text: 'two days' }] },
      { type: 'text', text: ', then ' },
      {
        type: 'format',
        id: '2',
        format: 'bold',
        children: [
          { type: 'format', id: '3', format: 'italic', children: [{ type: 'text', text: 'walk ' }] },
          { type: 'text', text: 'a little' },
        ],
      },
      { type: 'text', text: ' each day.' },
      { type: 'break', id: '4' },
      { type: 'text', text: 'Read the ' },
      {
        type: 'link',
        id: '5',
        url: 'https://www.nhs.uk/conditions/back-pain/',
        newTab: true,
        children: [{ type: 'format', id: '6', format: 'underline', children: [{ type: 'text', text: 'NHS guide' }] }],
      },
      { type: 'text', text: '.' },
    ])
  })

  it('turns a textarea’s newlines into break codes and tells the translator where the text is and its limit', () => {
    expect(unit('mainMessage')).toEqual({
      id: 'mainMessage',
      source: [
        { type: 'text', text: 'Most upper back pain gets better in a few weeks.' },
        { type: 'break', id: '1' },
        { type: 'text', text: 'Keep moving gently.' },
      ],
      note: 'Main message. At most 400 characters.',
    })
    expect(unit('sections.sec-warning.signs.sign-1.reason').note).toBe('Sections 4 (When to get help now) › Signs 1 › Reason. At most 200 characters.')
    expect(unit('sections.sec-exercise.repetitions').note).toBe('Sections 3 (Exercise) › Repetitions. For example "10 times, twice a day".')
  })

  it('leaves out fields that are not localized and text that is empty', () => {
    const ids = units.map((candidate) => candidate.id)
    expect(ids.some((id) => /slug|tier|watchDays|audience|readingGrade|image|searchText/.test(id))).toBe(false)
    expect(ids).not.toContain('sections.sec-warning.signs.sign-2.reason')
    expect(ids).not.toContain('keywords.1')
    expect(ids).not.toContain('sections.sec-text.body.3')
    expect(ids).not.toContain('sections.sec-text.body.4')
  })

  it('finds the same units in the real Topics config once its patient text is localized', () => {
    const patientText = new Set([
      'title',
      'summary',
      'mainMessage',
      'keywords',
      'heading',
      'body',
      'text',
      'name',
      'repetitions',
      'intro',
      'reason',
      'when',
      'caption',
    ])
    expect(topicTranslationUnits(localizeFields(Topics.fields, patientText), translationTestDoc).map((candidate) => candidate.id)).toEqual(
      units.map((candidate) => candidate.id),
    )
  })
})

describe('applyTranslationUnits', () => {
  it('puts every translation where its source was, keeping every row’s id and block type and the rich text’s shape', () => {
    const data = applyTranslationUnits(translationTestFields, translationTestDoc, translateUnits(units))
    expect(data).toEqual({
      title: '«Upper back pain»',
      mainMessage: '«Most upper back pain gets better in a few weeks.»\n«Keep moving gently.»',
      summary: '«What helps & what to avoid.»',
      keywords: ['«thoracic pain»', '', '«mid back pain»'],
      sections: [
        { id: 'sec-text', blockType: 'text', heading: '«Looking after your back»', body: mapLexicalText(translationTestBody, mark) },
        {
          id: 'sec-tips',
          blockType: 'tips',
          heading: '«Tips»',
          do: [{ id: 'do-1', text: '«Keep active»' }],
          dont: [{ id: 'dont-1', text: '«Lift heavy things»' }],
        },
        {
          id: 'sec-exercise',
          blockType: 'exercise',
          name: '«Chin tuck»',
          steps: [
            { id: 'step-1', text: '«Sit up straight.»' },
            { id: 'step-2', text: '«Pull your chin back.»' },
          ],
          repetitions: '«10 times, twice a day»',
        },
        {
          id: 'sec-warning',
          blockType: 'warningSigns',
          heading: '«When to get help now»',
          intro: '«Get help if you have upper back pain and:»',
          signs: [
            { id: 'sign-1', text: '«Chest pain»', reason: '«this can be a sign of a heart problem»' },
            { id: 'sign-2', text: '«A fever»' },
          ],
        },
        {
          id: 'sec-plan',
          blockType: 'plan',
          heading: '«Your plan»',
          moments: [{ id: 'moment-1', when: '«Tonight»', actions: [{ id: 'action-1', text: '«Put a pillow under your knees»' }] }],
        },
        { id: 'sec-media', blockType: 'media', caption: '«Lie on your back with a pillow under your knees.»' },
      ],
    })
  })

  it('moves formatting and links to where the translation puts them, with the source link’s own fields', () => {
    const translated: InlineText = [
      { type: 'text', text: 'Lea la ' },
      {
        type: 'link',
        id: '5',
        url: 'https://www.nhs.uk/conditions/back-pain/',
        newTab: true,
        children: [{ type: 'format', id: '6', format: 'underline', children: [{ type: 'text', text: 'guía del NHS' }] }],
      },
      { type: 'break', id: '4' },
      { type: 'format', id: '1', format: 'bold', children: [{ type: 'text', text: 'Descanse dos días' }] },
      { type: 'text', text: ' y ' },
      {
        type: 'format',
        id: '2',
        format: 'bold',
        children: [
          { type: 'text', text: 'camine ' },
          { type: 'format', id: '3', format: 'italic', children: [{ type: 'text', text: 'un poco' }] },
        ],
      },
      { type: 'text', text: '.' },
    ]
    const targets = translateUnits(units).map((candidate) => (candidate.id === 'sections.sec-text.body.0' ? { ...candidate, target: translated } : candidate))
    const sections = applyTranslationUnits(translationTestFields, translationTestDoc, targets).sections as Array<Record<string, unknown>>
    const body = sections[0]?.body as { root: { children: Array<{ children: unknown[] }> } }
    expect(body.root.children[0]?.children).toEqual([
      textNode('Lea la '),
      {
        type: 'link',
        version: 3,
        fields: { url: 'https://www.nhs.uk/conditions/back-pain/', newTab: true, linkType: 'custom' },
        direction: 'ltr',
        format: '',
        indent: 0,
        children: [textNode('guía del NHS', 8)],
      },
      { type: 'linebreak', version: 1 },
      textNode('Descanse dos días', 1),
      textNode(' y '),
      textNode('camine ', 1),
      textNode('un poco', 3),
      textNode('.'),
    ])
  })

  it.each<[TranslationApplyErrorCode, string, (all: TranslationUnit[]) => TranslationUnit[]]>([
    ['missing-unit', 'sections.sec-tips.heading', (all: TranslationUnit[]) => all.filter((candidate) => candidate.id !== 'sections.sec-tips.heading')],
    [
      'unknown-unit',
      'sections.sec-gone.heading',
      (all: TranslationUnit[]) => [...all, { id: 'sections.sec-gone.heading', source: [], target: [{ type: 'text', text: 'Hola' }] }],
    ],
    ['duplicate-unit', 'title', (all: TranslationUnit[]) => [...all, all[0] as TranslationUnit]],
    ['empty-target', 'title', (all: TranslationUnit[]) => replaceTarget(all, 'title', [{ type: 'text', text: '  ' }])],
    [
      'markup-mismatch',
      'sections.sec-text.body.0',
      (all: TranslationUnit[]) =>
        replaceTarget(
          all,
          'sections.sec-text.body.0',
          mapInlineText(
            unit('sections.sec-text.body.0').source.map((node) => (node.type === 'format' && node.id === '1' ? { type: 'text', text: 'dos días' } : node)),
            mark,
          ),
        ),
    ],
    [
      'link-changed',
      'sections.sec-text.body.0',
      (all: TranslationUnit[]) =>
        replaceTarget(
          all,
          'sections.sec-text.body.0',
          unit('sections.sec-text.body.0').source.map((node) => (node.type === 'link' ? { ...node, url: 'https://elsewhere.example/' } : node)),
        ),
    ],
  ])('refuses %s before building anything (%s)', (code, unitId, change) => {
    const attempt = () => applyTranslationUnits(translationTestFields, translationTestDoc, change(translateUnits(units)))
    expect(attempt).toThrow(TranslationApplyError)
    expect(attempt).toThrow(expect.objectContaining({ code, unitId }))
  })

  it('nests named groups and tabs, flattens rows, collapsibles and unnamed tabs, and resolves blocks named by slug', () => {
    const fields: Field[] = [
      { type: 'collapsible', label: 'More', fields: [{ name: 'lead', type: 'text', localized: true }] },
      {
        name: 'meta',
        type: 'group',
        fields: [
          { name: 'description', type: 'textarea', localized: true },
          { name: 'image', type: 'upload', relationTo: 'media' },
        ],
      },
      { type: 'tabs', tabs: [{ name: 'extra', label: 'Extra', fields: [{ type: 'row', fields: [{ name: 'tip', type: 'text', localized: true }] }] }] },
      // A slug stands for one of the config's shared blocks; this project's generated types have none, hence the cast.
      { name: 'notes', type: 'blocks', blocks: [], blockReferences: ['note' as never] },
    ]
    const blocks = [{ slug: 'note', fields: [{ name: 'text', type: 'text', localized: true }] }] satisfies Block[]
    const doc = {
      lead: 'Hello',
      meta: { description: 'About', image: 3 },
      extra: { tip: 'Drink water' },
      notes: [{ id: 'n-1', blockType: 'note', text: 'Be kind' }],
    }
    const found = topicTranslationUnits(fields, doc, { blocks })
    expect(found.map((candidate) => [candidate.id, candidate.note])).toEqual([
      ['lead', 'Lead.'],
      ['meta.description', 'Meta › Description.'],
      ['extra.tip', 'Extra › Tip.'],
      ['notes.n-1.text', 'Notes 1 (Note) › Text.'],
    ])
    expect(applyTranslationUnits(fields, doc, translateUnits(found), { blocks })).toEqual({
      lead: '«Hello»',
      meta: { description: '«About»' },
      extra: { tip: '«Drink water»' },
      notes: [{ id: 'n-1', blockType: 'note', text: '«Be kind»' }],
    })
    expect(() => topicTranslationUnits(fields, doc)).toThrow(TranslationSourceError)
    expect(() => topicTranslationUnits(translationTestFields, { sections: [{ blockType: 'tips', heading: 'Tips' }] })).toThrow(/has no id/)
  })

  it('leaves out hidden and read-only fields and any marked not translatable, and writes only the text of a localized group', () => {
    const fields: Field[] = [
      { name: 'searchText', type: 'textarea', localized: true, admin: { hidden: true } },
      { name: 'computedLabel', type: 'text', localized: true, admin: { readOnly: true } },
      {
        name: 'translation',
        type: 'group',
        localized: true,
        custom: { translatable: false },
        fields: [{ name: 'translatorName', type: 'text' }],
      },
      {
        name: 'review',
        type: 'group',
        localized: true,
        fields: [
          { name: 'status', type: 'select', options: ['draft', 'approved'] },
          { name: 'note', type: 'text' },
        ],
      },
    ]
    const doc = {
      searchText: 'back pain',
      computedLabel: 'Grade 6',
      translation: { translatorName: 'Ana García' },
      review: { status: 'approved', note: 'Checked' },
    }
    const found = topicTranslationUnits(fields, doc)
    expect(found.map((candidate) => candidate.id)).toEqual(['review.note'])
    // The locale's own status stays as it is: only the text goes in.
    expect(applyTranslationUnits(fields, doc, translateUnits(found))).toEqual({ review: { note: '«Checked»' } })
  })

  it('offers the target locale’s text for revision where its codes still match the source', () => {
    const spanish = { ...translationTestDoc, ...applyTranslationUnits(translationTestFields, translationTestDoc, translateUnits(units)) }
    // Since the Spanish was made, the English title gained bold text the Spanish does not have.
    const english = units.map((candidate) =>
      candidate.id === 'title' ? { ...candidate, source: [{ type: 'format', id: '1', format: 'bold', children: candidate.source } as const] } : candidate,
    )
    const revised = withExistingTargets(english, topicTranslationUnits(translationTestFields, spanish))
    expect(revised[0]).toEqual(english[0])
    expect(revised.slice(1)).toEqual(translateUnits(units).slice(1))
  })

  it('copies a localized array whole, without row ids, since each locale has rows of its own', () => {
    const fields: Field[] = [
      {
        name: 'questions',
        type: 'array',
        localized: true,
        fields: [
          { name: 'question', type: 'text' },
          { name: 'order', type: 'number' },
        ],
      },
    ]
    const doc = { questions: [{ id: 'q-1', question: 'Can I swim?', order: 2 }] }
    const found = topicTranslationUnits(fields, doc)
    expect(found.map((candidate) => candidate.id)).toEqual(['questions.q-1.question'])
    expect(applyTranslationUnits(fields, doc, translateUnits(found))).toEqual({ questions: [{ question: '«Can I swim?»', order: 2 }] })
  })
})

function textNode(text: string, format = 0) {
  return { type: 'text', version: 1, text, format, mode: 'normal', style: '', detail: 0 }
}

function replaceTarget(all: readonly TranslationUnit[], id: string, target: InlineText): TranslationUnit[] {
  return all.map((candidate) => (candidate.id === id ? { ...candidate, target } : candidate))
}

/** The config with the named fields marked localized, wherever they are, as the localization schema will mark them. */
function localizeFields(fields: readonly Field[], names: ReadonlySet<string>): Field[] {
  return fields.map((field): Field => {
    const copy = { ...field } as Field & { localized?: boolean }
    if ('name' in copy && names.has(copy.name) && ['text', 'textarea', 'richText'].includes(copy.type)) copy.localized = true
    if ('fields' in copy && Array.isArray(copy.fields)) Object.assign(copy, { fields: localizeFields(copy.fields, names) })
    if (copy.type === 'tabs') Object.assign(copy, { tabs: copy.tabs.map((tab) => ({ ...tab, fields: localizeFields(tab.fields, names) })) })
    if (copy.type === 'blocks') Object.assign(copy, { blocks: copy.blocks.map((block) => ({ ...block, fields: localizeFields(block.fields, names) })) })
    return copy
  })
}
