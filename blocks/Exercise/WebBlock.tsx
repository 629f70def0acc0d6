import type { ExerciseSectionSnapshot } from './kind'

export function ExerciseWebBlock({ section }: { section: ExerciseSectionSnapshot }) {
  const { image, steps, repetitions } = section.body
  return (
    <div className="exercise">
      {image && (
        // eslint-disable-next-line @next/next/no-img-element -- snapshot URLs are already resized by Payload
        <img src={image.url} alt={image.alt} width={image.width ?? undefined} height={image.height ?? undefined} className="block-image" loading="lazy" />
      )}
      <ol>
        {steps.map((step, index) => (
          <li key={index}>{step}</li>
        ))}
      </ol>
      {repetitions && (
        <p>
          <strong>How often:</strong> {repetitions}
        </p>
      )}
    </div>
  )
}
