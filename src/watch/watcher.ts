import fs from 'node:fs/promises'
import path from 'node:path'
import { type FSWatcher, watch as watchPaths } from 'chokidar'
import { createChangeBatcher } from './batch.js'

/** Options of `watchFolders`. */
export interface FolderWatcherOptions {
  /** Absolute paths of the folders to watch. */
  readonly folders: readonly string[]
  /** Paths whose changes do not matter (dotfiles, the output folder). */
  readonly isIgnored: (absolute: string) => boolean
  /** Quiet time (ms) after the last change before a batch goes out. */
  readonly delay: number
  /** Receives each batch of changed absolute paths. */
  readonly onBatch: (paths: ReadonlySet<string>) => void
  /** Receives errors of the underlying watcher; watching goes on. */
  readonly onError: (error: Error) => void
}

/** Folders being watched. */
export interface FolderWatcher {
  readonly close: () => Promise<void>
}

// Longer than chokidar's 50 ms window in which a second `change` of a path is dropped.
const settleDelay = 60

/**
 * Watch folders with chokidar and hand on batches of changed paths: adds,
 * changes, deletes and renames (a rename is a delete and an add), including
 * an editor's atomic save (write a temporary file, rename it over the
 * original), which arrives as one batch thanks to the debounce. chokidar's own
 * `atomic` option is off: it holds every delete back 100 ms, and a build that
 * lists the folder afresh needs no help to see a file replaced.
 */
export async function watchFolders(options: FolderWatcherOptions): Promise<FolderWatcher> {
  const batcher = createChangeBatcher({ delay: options.delay, settle: settleDelay, stamp: statStamp, onBatch: options.onBatch })
  const watchers: FSWatcher[] = []
  let isClosed = false
  const returns = watchForReturn(options.folders, (folder) => {
    // chokidar's watch of a folder ends with the folder: watch it afresh, and once that
    // watch is ready rebuild from what the folder now holds (later changes are then seen).
    // Its earlier watch is ended first: chokidar shares one system watch per path between its watchers.
    for (const watcher of watchers) watcher.unwatch(folder)
    void startWatcher([folder]).then((watcher) => {
      if (isClosed) void watcher.close()
      else batcher.add(folder)
    })
  })
  const startWatcher = async (folders: readonly string[]): Promise<FSWatcher> => {
    const watcher = watchPaths([...folders], {
      ignoreInitial: true,
      atomic: false,
      ignored: (absolute) => options.isIgnored(path.resolve(absolute))
    })
    watchers.push(watcher)
    watcher.on('all', (event, changed) => {
      batcher.add(path.resolve(changed))
      if (event === 'unlink' || event === 'unlinkDir') returns.check()
    })
    watcher.on('error', (error) => options.onError(error instanceof Error ? error : new Error(String(error))))
    await new Promise<void>((resolve) => watcher.once('ready', () => resolve()))
    return watcher
  }
  await startWatcher(options.folders)
  return {
    close: async () => {
      isClosed = true
      returns.close()
      batcher.close()
      await Promise.all(watchers.map((watcher) => watcher.close()))
    }
  }
}

/** How often a folder that was deleted (or moved away) is looked for again. */
const returnPollInterval = 250

/**
 * Notice a watched folder that is deleted or moved away (a branch switch, a
 * fresh copy) and call `onReturn` once it is back. chokidar stops watching a
 * folder that goes away and does not see it come back, so the folder is
 * looked for every `returnPollInterval` ms, only while it is gone.
 */
function watchForReturn(folders: readonly string[], onReturn: (folder: string) => void): { readonly check: () => void, readonly close: () => void } {
  // Folders being looked at or looked for: one look at a time per folder, however many deletes are reported.
  const looking = new Set<string>()
  const timers = new Set<NodeJS.Timeout>()
  let isClosed = false
  const lookFor = (folder: string): void => {
    const timer = setTimeout(() => {
      timers.delete(timer)
      void isFolder(folder).then((isBack) => {
        if (isClosed) return
        if (!isBack) return lookFor(folder)
        looking.delete(folder)
        onReturn(folder)
      })
    }, returnPollInterval)
    timers.add(timer)
  }
  return {
    check: () => {
      for (const folder of folders) {
        if (looking.has(folder)) continue
        looking.add(folder)
        void isFolder(folder).then((isThere) => {
          if (isThere || isClosed) looking.delete(folder)
          else lookFor(folder)
        })
      }
    },
    close: () => {
      isClosed = true
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
    }
  }
}

async function isFolder(absolute: string): Promise<boolean> {
  try {
    return (await fs.stat(absolute)).isDirectory()
  } catch {
    return false
  }
}

/** Size, times and inode of a path, or `missing`: a write, a replacement or a delete changes it. */
async function statStamp(absolute: string): Promise<string> {
  try {
    const stats = await fs.stat(absolute)
    return `${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}:${stats.ino}`
  } catch {
    return 'missing'
  }
}
