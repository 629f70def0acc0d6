import { Forbidden, NotFound } from 'payload'

/**
 * A read made as the user, or null when the user may not see the document.
 * Access rules that return a `Where` make someone else's document look
 * missing (NotFound), rules that return false refuse it (Forbidden): to the
 * caller both mean "not yours to read". Anything else (the database down, a
 * bug) is not an absence and is rethrown, so it is never shown as a 404.
 */
export async function readAsUserOrNull<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read
  } catch (error) {
    if (error instanceof NotFound || error instanceof Forbidden) return null
    throw error
  }
}
