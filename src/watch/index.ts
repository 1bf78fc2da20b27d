import fs from 'node:fs/promises'
import path from 'node:path'
import { reporter } from 'vfile-reporter'
import { BuildError, type BuildResult, type PreparedBuild, prepareBuild } from '../build.js'
import { rememberAcrossBuilds } from '../text/remembered.js'
import { isIgnoredPath } from '../load/index.js'
import { type Options, type ResolvedOptions, resolveOptions } from '../options.js'
import { isInside } from '../folders.js'
import { writeOutput } from '../write.js'
import { breakingProblems, newlyBrokenFiles } from './broken.js'
import { type WatchCache, createWatchCache } from './cache.js'
import type { PreviewServer, ServeOptions } from './server.js'
import { type FolderWatcher, watchFolders } from './watcher.js'

export type { ServeOptions } from './server.js'

/** Options of `watch()`: those of `build()`, and how to watch and serve. */
export interface WatchOptions extends Options {
  /** Serve the output folder with live reload. Default: not served. */
  readonly serve?: ServeOptions
  /** Quiet time in milliseconds after the last change before a rebuild. Default: 20. */
  readonly debounce?: number
  /** Receives each build, written or held back. Default: nothing is reported. */
  readonly onEvent?: (event: WatchEvent) => void
}

/** What happened after a change. */
export type WatchEvent =
  | {
    /** A build was written to the output folder. */
    readonly type: 'built'
    readonly result: BuildResult
    /** Changed paths (absolute) that caused it; empty for the first build. */
    readonly changed: readonly string[]
    /** Milliseconds from the start of the build to the end of the write. */
    readonly duration: number
    /** Articles read and cleaned again, not taken from the cache. */
    readonly read: number
    readonly cleaned: number
  }
  | {
    /** A build was not written: the last good output stays. */
    readonly type: 'held'
    /** What is wrong, as text for the terminal and the page. */
    readonly reason: string
    readonly changed: readonly string[]
    readonly duration: number
    /** The build that was held back, unless it failed as a whole (a missing template). */
    readonly result?: BuildResult
    /** The error that stopped the build, if one did. */
    readonly error?: unknown
  }
  | {
    /** The file watcher reported an error; watching goes on. */
    readonly type: 'error'
    readonly error: Error
  }

/** A running watch: `close()` ends it. */
export interface Watching {
  /** Address of the preview server, or `null` when not serving. */
  readonly url: string | null
  /** The folders being watched (absolute). */
  readonly folders: readonly string[]
  /** Stop watching and serving, after the build in progress. */
  readonly close: () => Promise<void>
}

/** What one watch session keeps between builds. */
interface Session {
  readonly resolved: ResolvedOptions
  readonly cache: WatchCache
  server: PreviewServer | null
  readonly report: (event: WatchEvent) => void
  /** Breaking problems of the output last written; see `newlyBrokenFiles`. */
  written: ReadonlySet<string>
  /** Where the output folder really is, links followed: the watcher reports changes there under that path. */
  realOut: string
}

/**
 * Build once, then rebuild whenever an article in the input folder or a
 * template changes; optionally serve the output with live reload. Only
 * changed articles are read and cleaned again. An edit that breaks a file
 * is reported and the last good output stays; errors never end the watch.
 * Rejects when the first build fails as a whole (a missing input folder).
 */
export async function watch(options: WatchOptions = {}): Promise<Watching> {
  const resolved = resolveOptions(options)
  // Rebuilds reuse the analysis of unchanged paragraphs and articles.
  rememberAcrossBuilds(true)
  const session: Session = { resolved, cache: createWatchCache(), server: null, report: options.onEvent ?? (() => {}), written: new Set(), realOut: resolved.out }
  const folders = [resolved.input, resolved.templates.replace(/[\\/]+$/, '')]
  // Changes during the first build wait for it; they are not lost.
  const queue = createBuildQueue((changed) => rebuild(session, changed), (error) => {
    // Only reporting can get here (`rebuild` catches build errors); one more try, then the watch goes on.
    try {
      session.report({ type: 'error', error: error instanceof Error ? error : new Error(String(error)) })
    } catch {}
  })
  const watcher = await watchFolders({
    folders,
    isIgnored: (absolute) => isIgnored(absolute, resolved, session.realOut),
    delay: options.debounce ?? 20,
    onBatch: queue.add,
    onError: (error) => session.report({ type: 'error', error })
  })
  try {
    const started = performance.now()
    const prepared = await prepareBuild(resolved, session.cache)
    await writeOutput(resolved.out, prepared.output, resolved.input)
    session.realOut = await fs.realpath(resolved.out)
    session.written = breakingProblems(prepared.result.files)
    if (options.serve) session.server = await (await import('./server.js')).startPreviewServer(resolved.out, options.serve)
    session.report(builtEvent(prepared, session.cache, [], started))
  } catch (error) {
    await watcher.close()
    throw error
  }
  queue.start()
  return { url: session.server?.url ?? null, folders, close: () => closeSession(watcher, queue, session.server) }
}

async function closeSession(watcher: FolderWatcher, queue: BuildQueue, server: PreviewServer | null): Promise<void> {
  await watcher.close()
  await queue.idle()
  await server?.close()
}

/** Rebuild after a batch of changes: write it, or hold it back when an edit broke a file. */
async function rebuild(session: Session, changed: ReadonlySet<string>): Promise<void> {
  const started = performance.now()
  const paths = [...changed]
  const { resolved, cache } = session
  cache.invalidate(paths.filter((absolute) => isInside(absolute, resolved.input)).map((absolute) => path.relative(resolved.input, absolute)))
  // The input folder itself changed (it came back after a delete or a move): any file in it may differ, and edits made
  // while it was not watched were never reported.
  if (paths.some((absolute) => path.resolve(absolute) === path.resolve(resolved.input))) cache.invalidateAll()
  let prepared: PreparedBuild
  try {
    prepared = await prepareBuild(resolved, cache)
    const broken = newlyBrokenFiles(prepared.result.files, session.written)
    if (broken.length > 0) {
      const reason = `Output not updated: ${broken.length === 1 ? 'a file is' : `${broken.length} files are`} broken; the last good output stays until the next good save.\n${reporter(broken, { color: false })}`
      hold(session, { type: 'held', reason, changed: paths, duration: performance.now() - started, result: prepared.result })
      return
    }
    await writeOutput(resolved.out, prepared.output, resolved.input)
    session.realOut = await fs.realpath(resolved.out)
  } catch (error) {
    // A missing template, a vanished input folder, an output folder that is not ours: say so, keep watching.
    const message = error instanceof Error ? error.message : String(error)
    const problems = error instanceof BuildError && error.files.some((file) => file.messages.length > 0) ? `\n${reporter([...error.files], { color: false, quiet: true })}` : ''
    hold(session, { type: 'held', reason: `Output not updated: ${message}${problems}`, changed: paths, duration: performance.now() - started, error })
    return
  }
  session.written = breakingProblems(prepared.result.files)
  session.server?.update(null)
  session.report(builtEvent(prepared, cache, paths, started))
}

function hold(session: Session, event: WatchEvent & { readonly type: 'held' }): void {
  session.server?.update(event.reason)
  session.report(event)
}

function builtEvent(prepared: PreparedBuild, cache: WatchCache, changed: readonly string[], started: number): WatchEvent {
  const work = cache.lastWork()
  return { type: 'built', result: prepared.result, changed, duration: performance.now() - started, read: work.read, cleaned: work.cleaned }
}

/** Changes that do not matter: what the loader passes over, and the output folder (it may sit inside the input, or be linked there). */
function isIgnored(absolute: string, resolved: ResolvedOptions, realOut: string): boolean {
  if (isInside(absolute, resolved.out) || isInside(absolute, realOut)) return true
  for (const root of [resolved.input, resolved.templates]) {
    if (isInside(absolute, root) && isIgnoredPath(path.relative(root, absolute))) return true
  }
  return false
}

/** Runs one build at a time; changes that arrive meanwhile make one more build. */
interface BuildQueue {
  readonly add: (changed: ReadonlySet<string>) => void
  /** Start building; changes added before wait until then. */
  readonly start: () => void
  /** Resolves once no build is running or waiting. */
  readonly idle: () => Promise<void>
}

function createBuildQueue(run: (changed: ReadonlySet<string>) => Promise<void>, onFailure: (error: unknown) => void): BuildQueue {
  let waiting = new Set<string>()
  let running: Promise<void> | null = null
  let isStarted = false
  const drain = async (): Promise<void> => {
    while (waiting.size > 0) {
      const batch = waiting
      waiting = new Set()
      await run(batch).catch(onFailure)
    }
    running = null
  }
  const kick = (): void => {
    if (isStarted && waiting.size > 0) running ??= drain()
  }
  return {
    add: (changed) => {
      for (const absolute of changed) waiting.add(absolute)
      kick()
    },
    start: () => {
      isStarted = true
      kick()
    },
    idle: async () => {
      await running
    }
  }
}
