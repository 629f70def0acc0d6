import type { CheckSectionSnapshot } from './kind'

/** The clinician's view: each question, its options with the right one marked, and the explanation the patient reads after answering. */
export function CheckWebBlock({ section }: { section: CheckSectionSnapshot }) {
  return (
    <ol className="check-questions">
      {section.body.questions.map((question) => (
        <li key={question.id}>
          <p className="check-questions__prompt">{question.prompt}</p>
          {question.kind === 'multiple-choice' ? (
            <ul>
              {question.options.map((option) => (
                <li key={option.id}>
                  {option.text}
                  {option.id === question.correctAnswer ? <strong> (right answer)</strong> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p>Right answer: {question.correctAnswer === 'true' ? 'True' : 'False'}</p>
          )}
          <p className="muted">{question.explanation}</p>
        </li>
      ))}
    </ol>
  )
}
