/** How a path looks on disk, as a string to compare: changes when the file does. */
export type Stamp = (absolute: string) => Promise<string>

/** Options of `createChangeBatcher`. */
export interface BatcherOptions {
  /** Quiet time (ms) after the last change before a batch is handed on. */
  readonly delay: number
  /**
   * Time (ms) after a batch when its paths are looked at once more. chokidar
   * drops a second `change` of one path within 50 ms of the first
   * (https://github.com/paulmillr/chokidar/blob/4.0.3/src/index.ts, `_throttle`),
   * so a write that lands just after a batch was read could go unseen.
   */
  readonly settle: number
  readonly stamp: Stamp
  /** Receives each batch of changed paths. */
  readonly onBatch: (paths: ReadonlySet<string>) => void
}

/** Collects changed paths into batches; see `createChangeBatcher`. */
export interface ChangeBatcher {
  /** A path changed (added, changed, removed, renamed). */
  readonly add: (absolute: string) => void
  /** Stop: no more batches, no timers left. */
  readonly close: () => void
}

/**
 * Debounce changes into batches: a batch goes out once no path has changed
 * for `delay` ms, so an editor's temporary file, rename and write arrive as
 * one batch and a file still being written (one event per chunk) is read
 * once it is done. Each batch is looked at again after `settle` ms and any
 * path that changed on disk since the batch went out comes back in a new one.
 */
export function createChangeBatcher(options: BatcherOptions): ChangeBatcher {
  let pending = new Set<string>()
  let timer: NodeJS.Timeout | undefined
  const settleTimers = new Set<NodeJS.Timeout>()
  let isClosed = false

  const add = (absolute: string): void => {
    if (isClosed) return
    pending.add(absolute)
    clearTimeout(timer)
    timer = setTimeout(() => void flush(), options.delay)
  }

  const flush = async (): Promise<void> => {
    const batch = pending
    pending = new Set()
    const stamps = await Promise.all([...batch].map(async (absolute) => [absolute, await options.stamp(absolute)] as const))
    if (isClosed) return
    options.onBatch(batch)
    const settleTimer = setTimeout(() => {
      settleTimers.delete(settleTimer)
      void recheck(stamps)
    }, options.settle)
    settleTimers.add(settleTimer)
  }

  const recheck = async (stamps: ReadonlyArray<readonly [string, string]>): Promise<void> => {
    for (const [absolute, before] of stamps) {
      if (isClosed) return
      if ((await options.stamp(absolute)) !== before) add(absolute)
    }
  }

  return {
    add,
    close: () => {
      isClosed = true
      clearTimeout(timer)
      for (const settleTimer of settleTimers) clearTimeout(settleTimer)
      settleTimers.clear()
    }
  }
}
