/** The `name=value` part of each cookie a response sets. */
function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!)
}

/** A next-auth session cookie for the demo clinician, through the credentials callback, as a browser would get one. */
export async function signInClinician(base: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`)
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const jar = cookiesOf(csrf)
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: jar.join('; ') },
    body: new URLSearchParams({ csrfToken, email: 'clinician@careleaf.local', password: 'demo-clinician-2026', callbackUrl: `${base}/library`, json: 'true' }),
  })
  const cookies = [...jar, ...cookiesOf(response)]
  if (!cookies.some((cookie) => cookie.includes('session-token'))) throw new Error(`sign-in failed (${response.status})`)
  return cookies.join('; ')
}
