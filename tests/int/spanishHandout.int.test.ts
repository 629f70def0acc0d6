import crypto from 'node:crypto'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { slugify } from '@/fields/slugField'
import type { PortalUser } from '@/lib/auth/portalUser'
import { createHandout, UntranslatedSectionsChoiceError, WarningSignsOmittedError } from '@/lib/handouts/createHandout'
import { findHandoutToDuplicate } from '@/lib/handouts/findHandoutToDuplicate'
import { loadBuilderTopics } from '@/lib/handouts/loadBuilderTopics'
import { approveTranslation } from '@/lib/translation/approveTranslation'
import type { Topic } from '@/payload-types'

import { AGREED_PEMAT_RATING, createTestUser, findSeededTopic, getTestPayload } from './testPayload'
import { topicTextBody } from '../support/topicTextBody'

let payload: Payload
let clinician: PortalUser
let editor: PortalUser
let reviewer: PortalUser

beforeAll(async () => {
  payload = await getTestPayload()
  clinician = await createTestUser(payload, ['clinician'], 'Dr Bilingüe')
  editor = await createTestUser(payload, ['editor'])
  reviewer = await createTestUser(payload, ['reviewer'])
})

/**
 * A published topic whose Spanish translation is approved, then whose
 * English "Exercise" section changed (so it is out of date in Spanish), or
 * whose translation is only a draft.
 */
async function topicWithSpanish({ approve, changeAfter }: { approve: boolean; changeAfter: boolean }): Promise<Topic> {
  const title = `Ankle care ${crypto.randomBytes(4).toString('hex')}`
  const topic = await payload.create({
    collection: 'topics',
    overrideAccess: true,
    data: {
      title,
      slug: slugify(title),
      summary: 'Rest your ankle.',
      mainMessage: 'Rest your ankle and raise it.',
      sections: [
        { blockType: 'text', heading: 'Rest', body: topicTextBody('Rest your ankle for a day.') },
        { blockType: 'text', heading: 'Exercise', body: topicTextBody('Draw circles with your foot.') },
        { blockType: 'warningSigns', heading: 'When to get help now', signs: [{ text: 'You cannot stand on it', tier: 'today' }] },
      ],
      sources: [{ citation: 'NHS. Ankle pain.' }],
      pemat: AGREED_PEMAT_RATING,
      _status: 'published',
    },
  })
  const [rest, exercise, warning] = topic.sections
  await payload.update({
    collection: 'topics',
    id: topic.id,
    locale: 'es',
    draft: true,
    user: editor,
    overrideAccess: false,
    data: {
      title: 'Cuidado del tobillo',
      summary: 'Descanse el tobillo.',
      mainMessage: 'Descanse el tobillo y súbalo.',
      translation: { translatedBy: 'human' },
      sections: [
        { ...rest!, heading: 'Descanso', body: topicTextBody('Descanse el tobillo un día.') },
        { ...exercise!, heading: 'Ejercicio', body: topicTextBody('Haga círculos con el pie.') },
        { ...warning!, heading: 'Cuándo pedir ayuda de inmediato', signs: [{ ...(warning as { signs: object[] }).signs[0]!, text: 'No puede pararse' }] },
      ] as Topic['sections'],
    },
  })
  if (approve) await approveTranslation({ payload, user: reviewer, topicId: topic.id, locale: 'es', sideBySideReviewed: false })
  if (changeAfter) {
    await payload.update({
      collection: 'topics',
      id: topic.id,
      locale: 'en',
      overrideAccess: true,
      data: {
        _status: 'published',
        sections: [rest!, { ...exercise!, body: topicTextBody('Draw slow circles with your foot, ten times.') }, warning!] as Topic['sections'],
      },
    })
  }
  return payload.findByID({ collection: 'topics', id: topic.id, locale: 'en', depth: 0, overrideAccess: true })
}

const allSections = (topic: Topic) => topic.sections.map((section) => ({ topicId: topic.id, sectionId: section.id! }))

describe('a handout in Spanish', () => {
  it('gives the seeded topic in Spanish: title, main message, every section, each recorded as Spanish', async () => {
    const seeded = await findSeededTopic(payload)
    const handout = await createHandout({ payload, user: clinician, input: { patientName: 'Ana Ruiz', language: 'es', sections: allSections(seeded) } })
    expect(handout.language).toBe('es')
    expect(handout.title).toBe('Dolor en la parte alta de la espalda al dormir')
    expect(handout.topicVersions?.[0]?.mainMessage).toMatch(/^Duerma boca arriba/)
    expect(handout.sections.every((section) => section.locale === 'es')).toBe(true)
    expect(handout.sections.map((section) => section.heading)).toContain('Cuándo pedir ayuda de inmediato')
  })

  it('asks what to do with a section whose translation is out of date, and never mixes languages silently', async () => {
    const topic = await topicWithSpanish({ approve: true, changeAfter: true })
    const input = { patientName: 'Luis Pérez', language: 'es' as const, sections: allSections(topic) }
    await expect(createHandout({ payload, user: clinician, input })).rejects.toBeInstanceOf(UntranslatedSectionsChoiceError)

    const leftOut = await createHandout({ payload, user: clinician, input: { ...input, untranslatedSections: 'leave-out' } })
    expect(leftOut.sections.map((section) => [section.heading, section.locale])).toEqual([
      ['Descanso', 'es'],
      ['Cuándo pedir ayuda de inmediato', 'es'],
    ])
    const inEnglish = await createHandout({ payload, user: clinician, input: { ...input, untranslatedSections: 'english' } })
    expect(inEnglish.sections.map((section) => [section.heading, section.locale])).toEqual([
      ['Descanso', 'es'],
      ['Exercise', 'en'],
      ['Cuándo pedir ayuda de inmediato', 'es'],
    ])
  })

  it('offers only approved translations: a draft translation counts as none', async () => {
    const topic = await topicWithSpanish({ approve: false, changeAfter: false })
    const input = { patientName: 'Rosa Díaz', language: 'es' as const, sections: allSections(topic) }
    await expect(createHandout({ payload, user: clinician, input: { ...input, untranslatedSections: 'leave-out' } })).rejects.toThrow(
      /None of the chosen sections has an approved Spanish translation/,
    )
    const english = await createHandout({ payload, user: clinician, input: { ...input, untranslatedSections: 'english' } })
    expect(english.title).toBe(topic.title)
    expect(english.sections.every((section) => section.locale === 'en')).toBe(true)
    const [builderTopic] = await loadBuilderTopics({ payload, user: clinician, ids: [topic.id] })
    expect(builderTopic!.translations?.es?.usable).toBe(false)
    expect(Object.values(builderTopic!.translations?.es?.sections ?? {}).map((section) => section.state)).toEqual(['missing', 'missing', 'missing'])
  })

  it('tells the builder each section’s state in Spanish', async () => {
    const topic = await topicWithSpanish({ approve: true, changeAfter: true })
    const [builderTopic] = await loadBuilderTopics({ payload, user: clinician, ids: [topic.id] })
    expect(builderTopic!.translations?.es?.title).toBe('Cuidado del tobillo')
    expect(topic.sections.map((section) => builderTopic!.translations?.es?.sections[section.id!]?.state)).toEqual(['translated', 'outdated', 'translated'])
  })

  it('counts warning signs left out with their untranslated section as left out: a reason is needed', async () => {
    const topic = await topicWithSpanish({ approve: false, changeAfter: false })
    const seeded = await findSeededTopic(payload)
    const input = {
      patientName: 'Eva Soto',
      language: 'es' as const,
      untranslatedSections: 'leave-out' as const,
      sections: [...allSections(topic), allSections(seeded)[0]!],
    }
    await expect(createHandout({ payload, user: clinician, input, requireWarningSignsOrReason: true })).rejects.toBeInstanceOf(WarningSignsOmittedError)
  })

  it('duplicates a handout for the same patient in another language, with their details', async () => {
    const seeded = await findSeededTopic(payload)
    const english = await createHandout({
      payload,
      user: clinician,
      input: {
        patientName: 'Marta Gil',
        preferredName: 'Marta',
        ehrPatientId: 'MRN-300',
        instructions: 'Walk daily.',
        language: 'en',
        sections: allSections(seeded).slice(0, 2),
      },
    })
    const copy = await findHandoutToDuplicate({ payload, user: clinician, handoutId: english.id, inLanguage: 'es' })
    expect(copy?.personalisation.language).toBe('es')
    expect(copy?.patient).toMatchObject({ patientName: 'Marta Gil', preferredName: 'Marta', ehrPatientId: 'MRN-300', instructions: 'Walk daily.' })
    expect(copy?.sections).toEqual(allSections(seeded).slice(0, 2))
    // For another patient nothing of Marta's comes along.
    expect((await findHandoutToDuplicate({ payload, user: clinician, handoutId: english.id }))?.patient).toBeUndefined()
  })
})
