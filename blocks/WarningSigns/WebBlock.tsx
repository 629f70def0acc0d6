import type { WarningSignsSectionSnapshot } from './kind'

export function WarningSignsWebBlock({ section }: { section: WarningSignsSectionSnapshot }) {
  return (
    <>
      {section.body.intro && <p>{section.body.intro}</p>}
      <ul>
        {section.body.signs.map((sign, index) => (
          <li key={index}>{sign}</li>
        ))}
      </ul>
    </>
  )
}
