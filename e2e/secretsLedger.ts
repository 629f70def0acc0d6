import fs from 'node:fs'
import path from 'node:path'

/** Passwords and share tokens the e2e run handled; server-log.spec.ts proves none reached the server log. */
const ledger = path.resolve('test-results', 'e2e-secrets.txt')

export function rememberSecret(secret: string): void {
  fs.mkdirSync(path.dirname(ledger), { recursive: true })
  fs.appendFileSync(ledger, `${secret}\n`)
}

export function secretsRemembered(): string[] {
  return fs.existsSync(ledger) ? fs.readFileSync(ledger, 'utf8').split('\n').filter(Boolean) : []
}
