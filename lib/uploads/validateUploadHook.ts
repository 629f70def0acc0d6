import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { validateUpload } from './validateUpload'

/**
 * Attach to an upload collection: `hooks: { beforeValidate: [validateUploadHook()] }`.
 * Runs on create and on re-upload; edits without a new file pass through.
 */
export function validateUploadHook(options: Parameters<typeof validateUpload>[1] = {}): CollectionBeforeValidateHook {
  return async ({ req, data, collection }) => {
    const file = req.file
    if (!file) return data
    const result = await validateUpload({ data: file.data, fileName: file.name, declaredMimeType: file.mimetype }, options)
    if (!result.ok) throw new ValidationError({ collection: collection.slug, errors: [{ path: 'file', message: result.error }] })
    return data
  }
}
