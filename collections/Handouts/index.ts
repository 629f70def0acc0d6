import type { CollectionConfig } from 'payload'

import { isClinician } from '@/access/isClinician'
import { nobody } from '@/access/nobody'
import { ownedAndNotDeletedOrAdmin } from '@/access/ownedAndNotDeletedOrAdmin'
import { ownOrSharedByColleagueNotDeleted } from '@/access/ownOrSharedByColleagueNotDeleted'
import { serverWrittenField } from '@/access/serverWrittenField'
import { setByServerCode } from '@/access/setByServerCode'
import { HANDOUT_LANGUAGES, PAGE_SIZES } from '@/lib/handouts/handoutOptions'
import { HANDOUT_REVISION_CONTEXT } from '@/lib/handouts/handoutWriteContext'
import { TEACH_BACK_CONTEXT } from '@/lib/teachBack/teachBackContext'

import { assignOwningClinician } from './hooks/assignOwningClinician'
import { noteChangedFields } from './hooks/noteChangedFields'
import { recordHandoutCreated } from './hooks/recordHandoutCreated'
import { recordHandoutDeleted } from './hooks/recordHandoutDeleted'
import { recordHandoutUpdated } from './hooks/recordHandoutUpdated'

/**
 * The snapshot (what was copied from the topics, and from whom and what it
 * revises) is written when the handout is made and never again through any
 * API, admins included: a PATCH could otherwise put any text, link or image in
 * front of a patient who trusts it as reviewed content. Refresh makes a new
 * handout instead of rewriting one.
 */
const snapshotField = { update: serverWrittenField } as const

/**
 * A handout made for one patient. It holds PHI (the patient's name and
 * instructions), so only its clinician and admins can see it, plus, read-only,
 * the other clinicians when an admin marked its clinician as sharing with the clinic.
 */
export const Handouts: CollectionConfig = {
  slug: 'handouts',
  labels: { singular: 'Handout', plural: 'Handouts' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'clinician', 'createdAt'],
    description: 'Patient handouts. Created from the clinician workspace, not here.',
  },
  access: {
    // Soft-deleted handouts vanish for their clinician (read, list, update, PDF, share) and for colleagues.
    read: ownOrSharedByColleagueNotDeleted,
    create: isClinician,
    update: ownedAndNotDeletedOrAdmin('clinician'),
    // Deleting sets `deletedAt` (lib/handouts/deleteHandout): the audit trail keeps pointing at a row.
    delete: nobody,
  },
  hooks: {
    beforeChange: [assignOwningClinician, noteChangedFields],
    afterChange: [recordHandoutCreated, recordHandoutUpdated, recordHandoutDeleted],
  },
  fields: [
    // Made from the topics' titles (`handoutTitle`), so part of the snapshot.
    { name: 'title', type: 'text', required: true, access: snapshotField },
    { name: 'patientName', type: 'text', required: true, maxLength: 200 },
    {
      name: 'clinician',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      access: snapshotField,
      admin: { readOnly: true, description: 'Set from the signed-in user.' },
    },
    { name: 'preferredName', type: 'text', maxLength: 200, admin: { description: 'What the patient likes to be called; used in the greeting.' } },
    {
      name: 'patientIdentifier',
      type: 'text',
      maxLength: 64,
      admin: {
        description:
          'The second identifier the clinic chose (date of birth or record number), so two patients with one name differ in lists. Never shown on the patient page.',
      },
    },
    {
      name: 'language',
      type: 'select',
      defaultValue: 'en',
      options: HANDOUT_LANGUAGES.map((language) => ({ label: language.label, value: language.value })),
    },
    { name: 'instructions', type: 'textarea', maxLength: 5000 },
    {
      name: 'warningSignsOmittedReason',
      type: 'textarea',
      maxLength: 500,
      admin: { description: 'Why the clinician left out every "When to get help now" section; asked for when they do.' },
    },
    { name: 'followUpDate', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
    {
      name: 'ehrPatientId',
      label: 'EHR patient id',
      type: 'text',
      maxLength: 64,
      admin: { description: 'Optional. The patient’s id in the clinic’s record system, for the education record sent to it. Never shown to the patient.' },
    },
    {
      name: 'teachBack',
      label: 'Teach-back in the room',
      type: 'group',
      // Written only by recordTeachBack (lib/teachBack), as the owner, audited as `teachback.record`.
      access: { create: setByServerCode(TEACH_BACK_CONTEXT), update: setByServerCode(TEACH_BACK_CONTEXT) },
      fields: [
        {
          name: 'outcome',
          type: 'select',
          options: [
            { label: 'Explained it back in their own words', value: 'explained' },
            { label: 'Showed me (show-me)', value: 'showed' },
            { label: 'Needs review', value: 'needs-review' },
          ],
        },
        { name: 'note', type: 'textarea', maxLength: 1000 },
        { name: 'recordedAt', type: 'date' },
        { name: 'recordedBy', type: 'relationship', relationTo: 'users' },
      ],
    },
    { name: 'contactLine', type: 'text', maxLength: 300, admin: { description: 'Who to call and how; defaults to the clinic phone.' } },
    { name: 'largePrint', type: 'checkbox', defaultValue: false },
    {
      name: 'pageSize',
      type: 'select',
      options: PAGE_SIZES.map((size) => ({ label: size.label, value: size.value })),
      admin: { description: "Empty: the clinic's default paper size." },
    },
    {
      name: 'topicVersions',
      type: 'array',
      access: snapshotField,
      admin: { readOnly: true, description: 'The published version of each topic the sections were copied from.' },
      fields: [
        { name: 'topic', type: 'relationship', relationTo: 'topics', required: true },
        { name: 'topicUpdatedAt', type: 'date', required: true },
        { name: 'versionId', type: 'text' },
        { name: 'reviewedAt', type: 'date' },
        // The topic's main message and summary as published, shown first in a box on every output.
        { name: 'mainMessage', type: 'textarea' },
        { name: 'summary', type: 'textarea' },
      ],
    },
    {
      name: 'revisionOf',
      type: 'relationship',
      relationTo: 'handouts',
      // Only Refresh sets it, after checking the user may manage the handout it points at.
      access: { create: setByServerCode(HANDOUT_REVISION_CONTEXT), update: serverWrittenField },
      admin: { readOnly: true, description: 'The handout this one refreshed with newer topic content.' },
    },
    { name: 'deletedAt', type: 'date', index: true, admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'sections',
      type: 'array',
      required: true,
      minRows: 1,
      access: snapshotField,
      admin: { readOnly: true, description: 'Copied from the topics when the handout was made.' },
      fields: [
        { name: 'topic', type: 'relationship', relationTo: 'topics', required: true },
        { name: 'topicTitle', type: 'text', required: true },
        { name: 'sectionId', type: 'text', required: true },
        { name: 'heading', type: 'text', required: true },
        // Empty on handouts made before blocks existed: those are text sections.
        { name: 'blockType', type: 'text' },
        // The language this section's text is in: a Spanish handout may give a section in English, by the clinician's choice, under a note.
        { name: 'locale', type: 'text' },
        { name: 'body', type: 'json', required: true },
      ],
    },
  ],
}
