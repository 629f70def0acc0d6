import type { Payload } from 'payload'

import type { PortalUser } from '@/lib/auth/portalUser'
import { loadClinic } from '@/lib/clinic/loadClinic'
import { patientIdentifierLabel } from '@/lib/clinic/patientIdentifier'
import { builderItemsFor } from '@/lib/handouts/builderItems'
import type { SectionRef } from '@/lib/handouts/createHandoutInput'
import { loadBuilderTopics } from '@/lib/handouts/loadBuilderTopics'

import type { BuilderValues, HandoutBuilderProps } from './builderTypes'

export const EMPTY_BUILDER_VALUES: BuilderValues = {
  patientName: '',
  preferredName: '',
  patientIdentifier: '',
  ehrPatientId: '',
  language: 'en',
  instructions: '',
  followUpDate: '',
  contactLine: '',
  largePrint: false,
  pageSize: '',
}

/** Everything the builder needs to start: from topics (by slug), or from chosen sections (a kit, an earlier handout). */
export async function loadBuilderProps({
  payload,
  user,
  slugs = [],
  chosen = [],
  values = EMPTY_BUILDER_VALUES,
}: {
  payload: Payload
  user: PortalUser
  slugs?: string[]
  chosen?: SectionRef[]
  values?: BuilderValues
}): Promise<HandoutBuilderProps & { missingSections: number }> {
  const chosenTopicIds = [...new Set(chosen.map((ref) => ref.topicId))]
  const [loaded, clinic] = await Promise.all([loadBuilderTopics({ payload, user, ids: chosenTopicIds, slugs }), loadClinic(payload)])
  // The order topics were asked for: chosen sections' topics, then the slugs in URL order.
  const rank = (topic: { id: number; slug: string }) => {
    const byId = chosenTopicIds.indexOf(topic.id)
    return byId >= 0 ? byId : chosenTopicIds.length + slugs.indexOf(topic.slug)
  }
  const topics = [...loaded].sort((a, b) => rank(a) - rank(b))
  const { items, missing } = builderItemsFor(topics, chosen)
  return {
    initialTopics: topics,
    initialItems: items,
    initialValues: values,
    clinic: {
      name: clinic.name,
      phone: clinic.phone,
      defaultPageSize: clinic.defaultPageSize,
      patientIdentifierLabel: patientIdentifierLabel(clinic.patientIdentifier),
    },
    clinicianName: user.name,
    missingSections: missing,
  }
}
