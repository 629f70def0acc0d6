import type { QualityFlag } from '@/lib/contentQuality/qualityFlags'
import type { TopicNotice } from '@/lib/contentQuality/topicNotices'
import type { SpanishTopicReadability } from '@/lib/readability/analyzeSpanishTopicReadability'

import { FlagList, LongSentenceList, LongWordList, NoticeList, ScoreFigure, SectionFiguresTable } from './ReadabilityLists'

export type StoredSpanishReadability = SpanishTopicReadability & { locale: 'es'; flags?: QualityFlag[]; notices?: TopicNotice[]; computedAt?: string }

/** INFLESZ reads the other way round from a grade: higher is easier. */
function infleszTone(score: number | null, target: number): string {
  if (score === null) return '#4a5561'
  return score >= target ? '#0b5450' : '#8a1414'
}

/** A Spanish translation's figures: INFLESZ (Szigriszt-Pazos) against the clinic's target, Fernández-Huerta beside it. */
export function SpanishReadability({ value }: { value: StoredSpanishReadability }) {
  return (
    <section aria-label="Readability and quality" lang="en" style={{ margin: '1rem 0 2rem', display: 'grid', gap: '1rem' }}>
      <div style={{ display: 'flex', gap: '2rem', flexWrap: 'wrap' }}>
        <ScoreFigure label="INFLESZ (Szigriszt-Pazos)" value={value.szigrisztPazos ?? '—'} color={infleszTone(value.szigrisztPazos, value.target)}>
          {value.infleszBand ? <div lang="es">{value.infleszBand.labelEs}</div> : null}
        </ScoreFigure>
        <ScoreFigure label="Fernández-Huerta" value={value.fernandezHuerta ?? '—'} />
        <ScoreFigure label="Target" value={`≥ ${value.target}`} />
        <div style={{ alignSelf: 'end', fontSize: '0.85rem' }}>
          {value.words} words · {value.sentences} sentences · {value.longWordCount} long words
        </div>
      </div>
      <FlagList flags={value.flags ?? []} />
      <NoticeList notices={value.notices} />
      <SectionFiguresTable
        sections={value.sections}
        headingLang="es"
        columns={[
          { label: 'INFLESZ', value: (section) => section.szigrisztPazos ?? '—', color: (section) => infleszTone(section.szigrisztPazos, value.target) },
        ]}
      />
      <LongSentenceList sentences={value.longSentences} lang="es" />
      <LongWordList heading="Long words (4 or more syllables)" words={value.longWords} lang="es" />
    </section>
  )
}
