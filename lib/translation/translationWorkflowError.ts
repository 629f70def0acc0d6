import { APIError } from 'payload'

export type TranslationRule =
  | 'not-a-translation'
  | 'reviewer-only'
  | 'content-staff-only'
  | 'english-unpublished'
  | 'translation-incomplete'
  | 'side-by-side-required'
  | 'flags-open'
  | 'nothing-to-submit'
  | 'xliff-refused'

/**
 * A translation step refused, with one sentence saying why and what to do.
 * Carries `data` on purpose: Payload's REST error formatter shows an
 * APIError's own message only when it has data (see PublishRefusedError).
 */
export class TranslationWorkflowError extends APIError<{ rule: TranslationRule; details?: string[] }> {
  constructor(message: string, status: number, rule: TranslationRule, details?: string[]) {
    super(message, status, details ? { rule, details } : { rule }, true)
    this.name = 'TranslationWorkflowError'
  }
}
