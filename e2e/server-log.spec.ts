import fs from 'node:fs'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { secretsRemembered } from './secretsLedger'
import { DEMO_ACCOUNTS } from '../lib/seed/demoAccounts'

// Runs after the other journeys (files run in name order, one worker), over everything they logged.
test('logs: the e2e server log holds no password, share token or session token', async () => {
  const log = fs.readFileSync(path.resolve('test-results', 'e2e-server.log'), 'utf8')
  const secrets = [...DEMO_ACCOUNTS.map((account) => account.password), ...secretsRemembered()]
  expect(secrets.length).toBeGreaterThan(DEMO_ACCOUNTS.length)
  for (const secret of secrets) expect(log.includes(secret), `a secret of length ${secret.length} is in the server log`).toBe(false)
  // Whatever else ran: no patient link, Payload JWT or next-auth JWE in any shape.
  expect(log).not.toMatch(/\/p\/[A-Za-z0-9_-]{43}/)
  expect(log).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/)
  // Input cannot start a line of its own (e2e/malformed-input.spec.ts and the fuzz send such text to every logging path).
  expect(log).not.toMatch(/^FORGED-LOG-LINE/m)
  expect(log).not.toMatch(/\nparams: (?!\[redacted\])/)
})
