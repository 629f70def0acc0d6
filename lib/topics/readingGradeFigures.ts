import type { Payload } from 'payload'

import type { Topic } from '@/payload-types'

export interface ReadingGradeFigure {
  version: 'Published' | 'Draft'
  grade: number | null
  aboveTarget: boolean
}

type GradedVersion = Pick<Topic, '_status' | 'readingGrade' | 'qualityFlags'>

function figure(version: ReadingGradeFigure['version'], topic: GradedVersion): ReadingGradeFigure {
  return { version, grade: topic.readingGrade ?? null, aboveTarget: (topic.qualityFlags ?? []).includes('grade-above-target') }
}

/**
 * The grade patients read today and the grade of the draft waiting to replace
 * it, told apart: the list shows the latest draft, which once read 3.6 while
 * the published text read 10.4 and was flagged.
 */
export function readingGradeFigures(latest: GradedVersion, published: GradedVersion | null): ReadingGradeFigure[] {
  const live = published?._status === 'published' ? published : null
  if (latest._status === 'published') return [figure('Published', latest)]
  return live ? [figure('Published', live), figure('Draft', latest)] : [figure('Draft', latest)]
}

export function formatReadingGradeFigures(figures: ReadingGradeFigure[]): string {
  return figures.map((entry) => `${entry.version} ${entry.grade ?? '—'}${entry.aboveTarget ? ' (above target)' : ''}`).join(' · ')
}

/** The figures for one row of the topics list, whose data is the latest version. */
export async function findReadingGradeFigures({ payload, latest }: { payload: Payload; latest: GradedVersion & { id: number } }) {
  if (latest._status === 'published') return readingGradeFigures(latest, null)
  // The published version is public to every signed-in reader, so reading it needs no user.
  const published = await payload.findByID({
    collection: 'topics',
    id: latest.id,
    draft: false,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { _status: true, readingGrade: true, qualityFlags: true },
  })
  return readingGradeFigures(latest, published)
}
