'use client'

import { useMemo, useState, useTransition } from 'react'

import { withTopicAdded } from '@/lib/handouts/builderItems'
import type { BuilderTopic } from '@/lib/handouts/loadBuilderTopics'

import { loadBuilderTopicAction, saveKitAction } from './actions'
import type { BuilderItem } from './builderTypes'

export interface BuilderMessage {
  kind: 'error' | 'success'
  text: string
}

/**
 * The builder's topics and its list of sections, with what changes them
 * through the server (adding a topic, saving the ticked sections as a kit)
 * and the message those calls leave for the clinician.
 */
export function useBuilderSections({ initialTopics, initialItems }: { initialTopics: BuilderTopic[]; initialItems: BuilderItem[] }) {
  const [topics, setTopics] = useState<BuilderTopic[]>(initialTopics)
  const [items, setItems] = useState<BuilderItem[]>(initialItems)
  const [builderMessage, setBuilderMessage] = useState<BuilderMessage | null>(null)
  const [working, startTransition] = useTransition()

  const topicById = useMemo(() => new Map(topics.map((topic) => [topic.id, topic])), [topics])
  const hasSection = (item: BuilderItem) => topicById.get(item.topicId)?.sections.some((section) => section.id === item.sectionId) === true
  // The clinician's order: what the form sends and what the handout's title is made from.
  const included = items.filter((item) => item.included && hasSection(item))
  const firstSection = items.find(hasSection)

  /** Loads the topic and appends its sections; resolves to the announcement to read out, or null when nothing was added. */
  function addTopic(id: number): Promise<string | null> {
    setBuilderMessage(null)
    return new Promise((resolve) =>
      startTransition(async () => {
        const topic = await loadBuilderTopicAction(id)
        if (!topic) {
          setBuilderMessage({ kind: 'error', text: 'That topic could not be loaded. It may have been unpublished.' })
          resolve(null)
          return
        }
        setTopics((current) => (current.some((existing) => existing.id === topic.id) ? current : [...current, topic]))
        setItems((current) => withTopicAdded(current, topics, topic))
        const warningSigns = topic.sections.filter((section) => section.urgent).length
        resolve(
          warningSigns > 0
            ? `${topic.title} added with ${topic.sections.length} sections: its warning signs ticked at the top, the others unticked at the end of the list.`
            : `${topic.title} added with ${topic.sections.length} sections at the end of the list.`,
        )
      }),
    )
  }

  function removeTopic(topicId: number) {
    setTopics((current) => current.filter((topic) => topic.id !== topicId))
    setItems((current) => current.filter((item) => item.topicId !== topicId))
  }

  function saveAsKit(kit: { name: string; sharedWithClinic: boolean }, onSaved: () => void) {
    setBuilderMessage(null)
    startTransition(async () => {
      const result = await saveKitAction({ ...kit, sections: included.map(({ topicId, sectionId }) => ({ topicId, sectionId })) })
      if (result.ok) {
        setBuilderMessage({ kind: 'success', text: `Kit “${result.name}” saved. Start a handout from it on the Kits page.` })
        onSaved()
      } else setBuilderMessage({ kind: 'error', text: result.error })
    })
  }

  return { topics, items, setItems, topicById, included, firstSection, working, builderMessage, addTopic, removeTopic, saveAsKit }
}
