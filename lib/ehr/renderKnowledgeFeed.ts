import type { InfobuttonMatch } from './findInfobuttonTopics'
import type { InfobuttonQuery } from './parseInfobuttonQuery'

/**
 * The answer to an Infobutton request: an Atom feed (HL7 Infobutton SOA
 * implementation guide) or its JSON rendering in the shape MedlinePlus
 * Connect uses (`feed.entry[].title._value`, `link[].href`, `summary._value`,
 * `updated._value`), so an EHR already wired to MedlinePlus Connect reads it unchanged.
 */
export interface KnowledgeFeed {
  title: string
  subtitle: string
  updated: string
  id: string
  language: 'en' | 'es'
  /** What was matched, as MedlinePlus Connect echoes the request: `scheme` is the parameter name. */
  categories: Array<{ scheme: string; term: string }>
  entries: Array<{ title: string; href: string; summary: string; updated: string; id: string }>
}

const SYSTEM_LABEL = { icd10cm: 'ICD-10-CM', snomedct: 'SNOMED CT' } as const

export function knowledgeFeed({
  query,
  match,
  origin,
  now,
}: {
  query: InfobuttonQuery
  match: InfobuttonMatch
  /** The app's public origin: links open the builder there. */
  origin: string
  now: Date
}): KnowledgeFeed {
  const asked = query.code
    ? `${SYSTEM_LABEL[query.code.system]} ${query.code.code}`
    : query.unknownCodeSystem
      ? 'a code system Careleaf does not use'
      : 'a name'
  const subtitle =
    match.matchedBy.kind === 'code'
      ? `Careleaf results for ${SYSTEM_LABEL[match.matchedBy.system]} ${match.matchedBy.code}${query.code && match.matchedBy.code !== query.code.code ? ` (asked for ${query.code.code})` : ''}`
      : match.matchedBy.kind === 'text'
        ? `Careleaf results for the name given (no topic has ${asked})`
        : `No Careleaf topic for ${asked}`
  const categories: KnowledgeFeed['categories'] = []
  if (match.matchedBy.kind === 'code') {
    categories.push({ scheme: 'mainSearchCriteria.v.c', term: match.matchedBy.code })
    categories.push({ scheme: 'mainSearchCriteria.v.cs', term: match.matchedBy.system === 'icd10cm' ? '2.16.840.1.113883.6.90' : '2.16.840.1.113883.6.96' })
  } else if (query.codeSystemOid) categories.push({ scheme: 'mainSearchCriteria.v.cs', term: query.codeSystemOid })
  categories.push({ scheme: 'informationRecipient', term: query.recipient })
  categories.push({ scheme: 'informationRecipient.languageCode.c', term: query.language })

  return {
    title: 'Careleaf patient education',
    subtitle,
    updated: now.toISOString(),
    id: `urn:careleaf:infobutton:${now.getTime()}`,
    language: query.language,
    categories,
    entries: match.topics.map((topic) => {
      const link = new URL('/handouts/new', origin)
      link.searchParams.set('topic', topic.slug)
      if (query.language !== 'en') link.searchParams.set('language', query.language)
      return {
        title: topic.title,
        href: link.toString(),
        summary: topic.summary,
        updated: new Date(topic.updatedAt).toISOString(),
        id: `urn:careleaf:topic:${topic.slug}`,
      }
    }),
  }
}

function xmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

export function knowledgeFeedAtom(feed: KnowledgeFeed): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.language}">`,
    `  <title type="text">${xmlText(feed.title)}</title>`,
    `  <subtitle type="text">${xmlText(feed.subtitle)}</subtitle>`,
    `  <updated>${feed.updated}</updated>`,
    `  <id>${xmlText(feed.id)}</id>`,
    '  <author><name>Careleaf</name></author>',
    ...feed.categories.map((category) => `  <category scheme="${xmlText(category.scheme)}" term="${xmlText(category.term)}"/>`),
    ...feed.entries.flatMap((entry) => [
      '  <entry>',
      `    <title type="text">${xmlText(entry.title)}</title>`,
      `    <link href="${xmlText(entry.href)}" rel="alternate" type="html" hreflang="${feed.language}" title="${xmlText(entry.title)}"/>`,
      `    <id>${xmlText(entry.id)}</id>`,
      `    <updated>${entry.updated}</updated>`,
      `    <summary type="text">${xmlText(entry.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ]
  return lines.join('\n')
}

/** MedlinePlus Connect's JSON: every text node is `{ _value }`, attributes are plain properties, `link` is a list. */
export function knowledgeFeedJson(feed: KnowledgeFeed) {
  return {
    feed: {
      lang: feed.language,
      title: { _value: feed.title, type: 'text' },
      subtitle: { _value: feed.subtitle, type: 'text' },
      updated: { _value: feed.updated },
      id: { _value: feed.id },
      author: { name: { _value: 'Careleaf' } },
      category: feed.categories,
      entry: feed.entries.map((entry) => ({
        title: { _value: entry.title, type: 'text' },
        link: [{ href: entry.href, rel: 'alternate', type: 'html', hreflang: feed.language, title: entry.title }],
        id: { _value: entry.id },
        updated: { _value: entry.updated },
        summary: { _value: entry.summary, type: 'text' },
      })),
    },
  }
}
