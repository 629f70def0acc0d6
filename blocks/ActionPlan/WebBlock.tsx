import type { ActionPlanSectionSnapshot } from './kind'

export function ActionPlanWebBlock({ section }: { section: ActionPlanSectionSnapshot }) {
  return (
    <div className="action-plan">
      {section.body.moments.map((moment, index) => (
        <div key={index}>
          <h3 className="action-plan__moment">{moment.when}</h3>
          <ul>
            {moment.actions.map((action, actionIndex) => (
              <li key={actionIndex}>{action}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  )
}
