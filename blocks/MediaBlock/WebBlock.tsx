import type { MediaSectionSnapshot } from './kind'

export function MediaWebBlock({ section }: { section: MediaSectionSnapshot }) {
  const { image, caption } = section.body
  return (
    <figure className="block-figure">
      {/* eslint-disable-next-line @next/next/no-img-element -- snapshot URLs are already resized by Payload */}
      <img src={image.url} alt={image.alt} width={image.width ?? undefined} height={image.height ?? undefined} className="block-image" loading="lazy" />
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  )
}
