/**
 * The data both benchmarks measure, made the way the app makes it (Local API):
 * the committed migrations and the demo seed, then the demo clinician's
 * handout of every section of the seeded topic, shared through an open link.
 * The caller has pointed DATABASE_URL (and the secrets) at a throwaway
 * database first: the Payload config reads them when it is imported.
 */
export interface BenchShareLink {
  handoutId: number
  sections: number
  /** `/p/<token>`: a credential, never printed as is. */
  sharePath: string
  hasLogo: boolean
  /** More handouts like the first (other patients), never downloaded: each one's first PDF is an uncached render. */
  freshHandoutIds: number[]
}

/** `freshHandouts`: how many more of the same handout to make, for PDFs that must render (none by default). */
export async function seedBenchShareLink({ freshHandouts = 0 }: { freshHandouts?: number } = {}): Promise<BenchShareLink> {
  // Loading the Payload config outside Next.js: see scripts/preload-lexical.mjs for why this comes first.
  await import('../preload-lexical.mjs')
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const { committedMigrations } = await import('../../lib/db/committedMigrations')
  const { seedDemoContent } = await import('../../lib/seed/seedDemoContent')
  const { createHandout } = await import('../../lib/handouts/createHandout')
  const { createShareLink } = await import('../../lib/share/createShareLink')
  const { toPortalUser } = await import('../../lib/auth/portalUser')
  const payload = await getPayload({ config })
  try {
    await payload.db.migrate({ migrations: committedMigrations })
    await seedDemoContent({ payload, demoAccounts: true })
    const clinicianDoc = (await payload.find({ collection: 'users', where: { email: { equals: 'clinician@careleaf.local' } }, limit: 1, overrideAccess: true }))
      .docs[0]
    const topic = (await payload.find({ collection: 'topics', where: { slug: { equals: 'upper-back-pain-during-sleep' } }, limit: 1, overrideAccess: true }))
      .docs[0]
    if (!clinicianDoc || !topic) throw new Error('the seed made no demo clinician or topic')
    const clinician = toPortalUser(clinicianDoc)
    const makeHandout = (patientName: string) =>
      createHandout({
        payload,
        user: clinician,
        input: {
          topicId: topic.id,
          sectionIds: topic.sections.map((section) => section.id!),
          patientName,
          instructions: 'Sleep on your back with a rolled towel under your knees.\n\nCall us if the pain wakes you more than twice a week.',
        },
      })
    const handout = await makeHandout('Bench Patient')
    const freshHandoutIds: number[] = []
    for (let i = 1; i <= freshHandouts; i++) freshHandoutIds.push((await makeHandout(`Bench Patient ${i}`)).id)
    const link = await createShareLink({ payload, user: clinician, handoutId: handout.id })
    const clinic = await payload.findGlobal({ slug: 'clinic', depth: 0, overrideAccess: true })
    return { handoutId: handout.id, sections: handout.sections.length, sharePath: link.path, hasLogo: Boolean(clinic.logo), freshHandoutIds }
  } finally {
    await payload.destroy()
    // destroy() leaves the pg pool open (and ending it can wait on a client Payload never releases):
    // its idle connections see the database stop at the end, which is expected, not a reason to crash.
    payload.db.pool.on('error', () => undefined)
  }
}
