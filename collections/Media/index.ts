import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { isContentEditor } from '@/access/isContentEditor'
import { altTextField } from '@/fields/altTextField'
import { answerMissingMediaFile } from '@/lib/media/answerMissingMediaFile'
import { mediaDirectory } from '@/lib/media/mediaFilePath'
import { validateUploadHook } from '@/lib/uploads/validateUploadHook'

import { copyUploadToS3, deleteUploadFromS3, nameUploadUniquely, removeReplacedUploadFiles } from './mirrorMediaToS3'

/**
 * Images for topics (exercise positions, diagrams). Not patient data: they
 * are read by anyone, including patients opening a shared handout.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Media', plural: 'Media' },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'updatedAt'] },
  access: {
    read: anyone,
    create: isContentEditor,
    update: isContentEditor,
    delete: isAdmin,
  },
  hooks: {
    // With media in S3 a file name is never used twice: other instances' cached copies cannot go stale.
    beforeOperation: [nameUploadUniquely],
    // The declared type and name are the uploader's claim; the bytes decide (and the size is capped).
    beforeValidate: [validateUploadHook()],
    // Media in S3 when CARELEAF_S3_BUCKET is set (docs/operations.md); the media folder is then this instance's cache.
    // A replaced file's previous objects leave the bucket once the save has committed.
    afterChange: [copyUploadToS3, removeReplacedUploadFiles],
    afterDelete: [deleteUploadFromS3],
  },
  upload: {
    // `media/` (ignored by git) or CARELEAF_MEDIA_DIR.
    staticDir: mediaDirectory(),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp'],
    // Sizes for the patient page (phones first) and the PDF (print).
    imageSizes: [
      { name: 'thumbnail', width: 320, height: undefined, position: 'centre' },
      { name: 'card', width: 768, height: undefined, position: 'centre' },
      { name: 'print', width: 1400, height: undefined, position: 'centre', formatOptions: { format: 'jpeg', options: { quality: 85 } } },
    ],
    adminThumbnail: 'thumbnail',
    // A file not on this instance's disk comes from the S3 bucket when there is one; a file found nowhere is a 404
    // (Payload's own answer is a 500).
    handlers: [answerMissingMediaFile],
  },
  // Each language has its own alt text, as it has its own captions.
  fields: [altTextField({ localized: true })],
}
