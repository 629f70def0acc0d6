import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export interface LocalSecrets {
  PAYLOAD_SECRET: string
  NEXTAUTH_SECRET: string
}

/**
 * Secrets for a local checkout: generated once, kept in the ignored `.data/`
 * folder, never committed. Deployments set real ones in the environment.
 */
export function ensureLocalSecrets(dataDir: string): LocalSecrets {
  const file = path.join(dataDir, 'secrets.json')
  if (fs.existsSync(file)) {
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LocalSecrets>
    if (stored.PAYLOAD_SECRET && stored.NEXTAUTH_SECRET) return stored as LocalSecrets
  }
  const secrets: LocalSecrets = {
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('base64url'),
    NEXTAUTH_SECRET: crypto.randomBytes(32).toString('base64url'),
  }
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  return secrets
}
