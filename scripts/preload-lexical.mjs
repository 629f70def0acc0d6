/**
 * Node 20 can deadlock (or exit silently) when one dynamic import pulls in
 * many of lexical's `*.node.mjs` entry points at once: each uses top-level
 * await, and the concurrent evaluation sometimes never settles (seen here in
 * about half of the runs; payloadcms/payload#9382 describes the same thing).
 * Importing them one at a time first makes every later import a cache hit.
 * Used by every script that loads the Payload config outside Next.js:
 * `node --import ./scripts/preload-lexical.mjs` or `await import(...)`.
 *
 * Node 22 still does it (`payload migrate` exited silently, with code 0, in 1
 * of 6 runs on 22.23.5, as on 20.20.2); Node 24 does not (0 of 20 on 24.22.3),
 * so there this does nothing. Delete the file, and its uses, with Node 22.
 */
import fs from 'node:fs'
import path from 'node:path'

const NODE_MAJOR = Number(process.versions.node.split('.')[0])

if (NODE_MAJOR < 24) {
  // Keeps the event loop alive while the imports run: a pending import alone does not.
  const keepAlive = setInterval(() => undefined, 1000)
  const scopeDir = path.join(process.cwd(), 'node_modules', '@lexical')
  const packages = ['lexical', ...(fs.existsSync(scopeDir) ? fs.readdirSync(scopeDir).map((name) => `@lexical/${name}`) : [])]
  for (const specifier of packages) {
    try {
      await import(specifier)
    } catch {
      // Some @lexical packages have no Node entry point; they are not on the server's path anyway.
    }
  }
  clearInterval(keepAlive)
}
