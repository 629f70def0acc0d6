import type { TipsSectionSnapshot } from './kind'

export function TipsWebBlock({ section }: { section: TipsSectionSnapshot }) {
  return (
    <div className="tips">
      {section.body.do.length > 0 && (
        <div className="tips__column tips__column--do">
          <p className="tips__label">Do</p>
          <ul>
            {section.body.do.map((tip, index) => (
              <li key={index}>{tip}</li>
            ))}
          </ul>
        </div>
      )}
      {section.body.dont.length > 0 && (
        <div className="tips__column tips__column--dont">
          <p className="tips__label">Don’t</p>
          <ul>
            {section.body.dont.map((tip, index) => (
              <li key={index}>{tip}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
