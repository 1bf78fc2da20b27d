import fs from 'node:fs/promises'
import path from 'node:path'
import { watch as watchPaths } from 'chokidar'
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
  const watcher = watchPaths([...options.folders], {
    ignoreInitial: true,
    atomic: false,
    ignored: (absolute) => options.isIgnored(path.resolve(absolute))
  })
  watcher.on('all', (_event, changed) => batcher.add(path.resolve(changed)))
  watcher.on('error', (error) => options.onError(error instanceof Error ? error : new Error(String(error))))
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()))
  return {
    close: async () => {
      batcher.close()
      await watcher.close()
    }
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
