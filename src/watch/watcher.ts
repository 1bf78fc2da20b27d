import fs from 'node:fs/promises'
import path from 'node:path'
import { type FSWatcher, watch as watchPaths } from 'chokidar'
import { isInside } from '../folders.js'
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
  const roots = new Set(options.folders.map((folder) => path.resolve(folder)))
  let isClosed = false
  // Watchers made for a folder that came back, by folder: the next return of that folder replaces its own.
  const rewatched = new Map<string, FSWatcher>()
  // Watch `folder` afresh (it came back, or its link points elsewhere), and once that watch
  // is ready rebuild from what the folder now holds: later changes are then seen.
  const watchAfresh = (folder: string): void => {
    // Its earlier watch is ended first: chokidar shares one system watch per path between its watchers.
    for (const watcher of watchers) watcher.unwatch(folder)
    const previous = rewatched.get(folder)
    if (previous) {
      watchers.splice(watchers.indexOf(previous), 1)
      void previous.close()
    }
    void startWatcher([folder]).then((watcher) => {
      rewatched.set(folder, watcher)
      if (isClosed) void watcher.close()
      else batcher.add(folder)
    })
  }
  // chokidar's watch of a folder ends with the folder.
  const returns = watchForReturn([...roots], watchAfresh)
  // A watched link to a folder keeps watching the folder it first pointed to.
  const repointed = await watchLinkTargets([...roots], watchAfresh)
  const startWatcher = async (folders: readonly string[]): Promise<FSWatcher> => {
    const watcher = watchPaths([...folders], {
      ignoreInitial: true,
      atomic: false,
      ignored: (absolute) => options.isIgnored(path.resolve(absolute))
    })
    watchers.push(watcher)
    watcher.on('all', (event, changed) => {
      const absolute = path.resolve(changed)
      batcher.add(absolute)
      if (event === 'unlinkDir' && roots.has(absolute)) returns.gone(absolute)
      else if (event === 'unlink' || event === 'unlinkDir') {
        for (const root of roots) if (absolute !== root && isInside(absolute, root)) returns.deleted(root)
      }
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
      repointed.close()
      batcher.close()
      await Promise.all(watchers.map((watcher) => watcher.close()))
    }
  }
}

/** How often a watched folder that is a link is looked at for where it points. */
const linkPollInterval = 500

/**
 * Call `onRepointed` when one of `folders` that is a link (`current` →
 * `releases/v1`) comes to point elsewhere. No file event tells: the link is
 * looked at every `linkPollInterval` ms; folders that are no links are not.
 */
async function watchLinkTargets(folders: readonly string[], onRepointed: (folder: string) => void): Promise<{ readonly close: () => void }> {
  const links = new Map<string, string>()
  for (const folder of folders) {
    const isLink = await fs.lstat(folder).then((stats) => stats.isSymbolicLink(), () => false)
    if (isLink) links.set(folder, await fs.realpath(folder).catch(() => ''))
  }
  if (links.size === 0) return { close: () => {} }
  let isLooking = false
  const timer = setInterval(() => {
    if (isLooking) return
    isLooking = true
    void Promise.all([...links].map(async ([folder, target]) => {
      const now = await fs.realpath(folder).catch(() => '')
      if (now === target) return
      links.set(folder, now)
      // A link to nothing is a folder gone: watching starts again once it points to one.
      if (now !== '') onRepointed(folder)
    })).finally(() => {
      isLooking = false
    })
  }, linkPollInterval)
  return { close: () => clearInterval(timer) }
}

/** How long after a delete a watched folder is looked at, and how often after that while it is gone. */
const returnPollInterval = 250

/**
 * Notice watched folders that were deleted or moved away (a branch switch,
 * a fresh copy) and call `onReturn` when one is back. chokidar ends the
 * watch of such a folder and does not see it come back. It reports the
 * folder itself gone (`gone`) only now and then; a delete inside it
 * (`deleted`) has the folder looked at a moment later: gone, or there but
 * another folder (made again at once), it counts as gone. A gone folder is
 * looked for every `returnPollInterval` ms until it is back.
 */
function watchForReturn(folders: readonly string[], onReturn: (folder: string) => void): {
  readonly gone: (folder: string) => void
  readonly deleted: (folder: string) => void
  readonly close: () => void
} {
  const identities = new Map(folders.map((folder) => [folder, folderIdentity(folder)]))
  // Folders looked at or looked for: one at a time per folder, however many deletes are reported.
  const busy = new Set<string>()
  // Folders chokidar reported gone: looked for until back, even if a look at them was already on its way.
  const reportedGone = new Set<string>()
  const timers = new Set<NodeJS.Timeout>()
  let isClosed = false
  const later = (action: () => Promise<void>): void => {
    const timer = setTimeout(() => {
      timers.delete(timer)
      if (!isClosed) void action()
    }, returnPollInterval)
    timers.add(timer)
  }
  const lookFor = (folder: string): void => later(async () => {
    const identity = await folderIdentity(folder)
    if (isClosed) return
    if (identity === undefined) return lookFor(folder)
    identities.set(folder, Promise.resolve(identity))
    busy.delete(folder)
    reportedGone.delete(folder)
    onReturn(folder)
  })
  const lookAt = (folder: string): void => later(async () => {
    const [identity, watched] = await Promise.all([folderIdentity(folder), identities.get(folder)])
    if (isClosed) return
    if (identity !== undefined && identity === watched && !reportedGone.has(folder)) busy.delete(folder)
    else lookFor(folder)
  })
  const start = (folder: string, look: (folder: string) => void): void => {
    if (busy.has(folder) || isClosed) return
    busy.add(folder)
    look(folder)
  }
  return {
    gone: (folder) => {
      reportedGone.add(folder)
      start(folder, lookFor)
    },
    deleted: (folder) => start(folder, lookAt),
    close: () => {
      isClosed = true
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
    }
  }
}

/** What tells a folder from one made again at its place (whose inode may be the same number): inode and birth time. */
async function folderIdentity(absolute: string): Promise<string | undefined> {
  try {
    const stats = await fs.stat(absolute)
    return stats.isDirectory() ? `${stats.ino}:${stats.birthtimeMs}` : undefined
  } catch {
    return undefined
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
