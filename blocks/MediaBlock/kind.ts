import { snapshotImage } from '@/lib/handouts/snapshotImage'
import type { SnapshotBase, SnapshotImage } from '@/lib/handouts/snapshotParts'
import { isRecord, optionalString, storedSnapshotImage } from '@/lib/handouts/storedSnapshotValues'

import { optionalText, type SectionKind, uploadId } from '../sectionKind'
import { MediaBlock } from './config'

export interface MediaSectionSnapshot extends SnapshotBase {
  blockType: 'media'
  body: { image: SnapshotImage; caption?: string | null }
}

export const mediaKind: SectionKind<'media', MediaSectionSnapshot> = {
  config: MediaBlock,
  label: 'Image',
  keepsHeadingWithBody: true,
  heading: (section) => section.caption?.trim() || (typeof section.image === 'object' && section.image ? section.image.alt : 'Image'),
  writtenHeading: (section) => section.caption ?? '',
  pemat: { action: false, instructions: false, steps: false, tool: false, cue: null },
  plainText: (section) => optionalText(section.caption),
  mediaIds: (section) => uploadId(section.image),
  snapshot: (section, base) => {
    const image = snapshotImage(section.image)
    return image ? { ...base, blockType: 'media', body: { image, caption: section.caption?.trim() || null } } : null
  },
  parseSnapshot: (body, base) => {
    const image = isRecord(body) ? storedSnapshotImage(body.image) : null
    return isRecord(body) && image ? { ...base, blockType: 'media', body: { image, caption: optionalString(body.caption) } } : null
  },
}
