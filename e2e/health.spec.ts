import { expect, test } from '@playwright/test'

/**
 * The endpoints a load balancer or an orchestrator polls (docker-compose.yml's
 * healthcheck uses the readiness one): public, never cached, and saying
 * nothing but "ok" — no versions, no error text.
 */
for (const endpoint of ['/api/health/live', '/api/health/ready']) {
  test(`health: ${endpoint} answers 200 {"status":"ok"}, not cached, without a session`, async ({ request }) => {
    // Readiness waits for the PDF workers' warm-up after start (503 meanwhile).
    await expect.poll(async () => (await request.get(endpoint, { maxRedirects: 0 })).status(), { timeout: 30_000 }).toBe(200)
    const response = await request.get(endpoint, { maxRedirects: 0 })
    expect(response.headers()['cache-control']).toMatch(/no-store/)
    expect(await response.json()).toEqual({ status: 'ok' })
    const headerText = JSON.stringify(response.headers())
    expect(headerText).not.toMatch(/next\.js|payload|postgres|node\/|\bv?\d+\.\d+\.\d+/i)
  })
}
