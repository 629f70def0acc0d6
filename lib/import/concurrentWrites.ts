/**
 * Runs up to `limit` writes at once, in the order they are started: the
 * database works on one topic while Node runs the save hooks of another. The
 * first failure is rethrown by the next `run` or by `drain`, and no further
 * write starts after it.
 */
export class ConcurrentWrites {
  private readonly running = new Set<Promise<void>>()
  private failure: { error: unknown } | null = null

  constructor(private readonly limit: number) {}

  async run(write: () => Promise<void>): Promise<void> {
    while (this.running.size >= this.limit) await Promise.race(this.running)
    this.throwIfFailed()
    const task: Promise<void> = write()
      .catch((error: unknown) => {
        this.failure ??= { error }
      })
      .finally(() => this.running.delete(task))
    this.running.add(task)
  }

  async drain(): Promise<void> {
    await Promise.all(this.running)
    this.throwIfFailed()
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure.error
  }
}
