export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  // The build has no secrets; the running server must.
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  const { requireServerEnv } = await import('./lib/config/requireServerEnv')
  requireServerEnv()
}
