import { APIError } from 'payload'

export type ContentPackRule = 'admin-only' | 'no-topics-chosen' | 'topic-not-published' | 'pack-refused'

/**
 * A content pack export or import refused, with one sentence saying why.
 * Carries `data` on purpose: Payload's REST error formatter shows an
 * APIError's own message only when it has data (see TranslationWorkflowError).
 */
export class ContentPackError extends APIError<{ rule: ContentPackRule }> {
  constructor(message: string, status: number, rule: ContentPackRule) {
    super(message, status, { rule }, true)
    this.name = 'ContentPackError'
  }
}

/** The pack itself is unusable (tampered, truncated, another format): always a 400 and nothing written. */
export function refusePack(reason: string): ContentPackError {
  return new ContentPackError(`This content pack was refused and nothing was imported: ${reason}.`, 400, 'pack-refused')
}
