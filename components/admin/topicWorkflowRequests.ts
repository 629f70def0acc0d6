const TRY_AGAIN = 'That did not work. Reload the page and try again.'

/** The first error Payload's REST API sent back, or `fallback` when the body has none (or is not JSON). */
export async function apiErrorMessage(response: Response, fallback = TRY_AGAIN): Promise<string> {
  const json = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null
  return json?.errors?.[0]?.message ?? fallback
}

/** POSTs to one of the topic workflow endpoints as the signed-in user; resolves to the error to show, or null when it worked. */
export async function postToApi(path: string, body?: unknown): Promise<string | null> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return response.ok ? null : apiErrorMessage(response)
}
