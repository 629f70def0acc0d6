import { expect, test } from '@playwright/test'

import { signInThroughForm } from './fixtures'

/**
 * After signing in, `callbackUrl` decides where the browser goes. Browsers drop
 * tab, LF and CR inside a URL and read `\` as `/`, so `/<tab>/evil.example`
 * is `//evil.example`: another site. Each case signs in for real in Chromium
 * and must land on this site, with no request ever leaving for evil.example.
 */
const OFF_SITE_CALLBACKS: Array<[string, string]> = [
  ['tab (%09)', '%2F%09%2Fevil.example'],
  ['line feed (%0A)', '%2F%0A%2Fevil.example'],
  ['carriage return (%0D)', '%2F%0D%2Fevil.example'],
  ['backslash', '%2F%5Cevil.example'],
  ['tab and backslash', '%2F%09%5Cevil.example'],
  ['CR LF, mixed slashes', '%2F%0D%0A%5C%2Fevil.example%2Flibrary'],
  ['dot segment', '%2F.%2F%2Fevil.example'],
  ['raw tab in the query', '/%09/evil.example'],
]

for (const [label, callbackUrl] of OFF_SITE_CALLBACKS) {
  test(`security: signing in with a callbackUrl hiding another site (${label}) stays on this site`, async ({ page, baseURL }) => {
    const offSite: string[] = []
    // By host: the sign-in URL itself contains "evil.example" in its query.
    await page.context().route(
      (url) => url.hostname.endsWith('evil.example'),
      async (route) => {
        offSite.push(route.request().url())
        await route.fulfill({ status: 200, contentType: 'text/html', body: '<h1>Not Careleaf</h1>' })
      },
    )
    await page.goto(`/sign-in?callbackUrl=${callbackUrl}`)
    await signInThroughForm(page)
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin)
    expect(offSite).toEqual([])
  })
}

test('security: a same-site callbackUrl still brings the clinician back where they were', async ({ page }) => {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent('/handouts')}`)
  await signInThroughForm(page)
  await expect(page).toHaveURL(/\/handouts$/)
})
