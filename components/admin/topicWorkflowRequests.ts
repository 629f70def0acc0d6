import { toast } from '@payloadcms/ui'

const TRY_AGAIN = 'That did not work. Reload the page and try again.'

/** The first error Payload's REST API sent back, or `fallback` when the body has none (or is not JSON). */
export async function apiErrorMessage(response: Response, fallback = TRY_AGAIN): Promise<string> {
  const json = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null
  return json?.errors?.[0]?.message ?? fallback
}

/**
 * One step of a topic's workflow (submit for review, request changes,
 * approve a translation), POSTed as the signed-in user: busy while it runs,
 * the server's refusal shown as a toast, and otherwise a reload, because the
 * admin form holds the state it was opened with. The rules live on the server.
 */
export async function runWorkflowStep(path: string, body: unknown, setBusy: (busy: boolean) => void): Promise<void> {
  setBusy(true)
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const error = response.ok ? null : await apiErrorMessage(response)
  setBusy(false)
  if (error) {
    toast.error(error)
    return
  }
  window.location.reload()
}
