/**
 * Start the command line from `lib/news-digest.cjs`, the one-file bundle of
 * `lib/` that `scripts/bundle.mjs` writes, through a V8 code cache.
 *
 * Node 20 compiles every module it loads, every time: for a build of a few
 * articles that took longer than the build itself. The bundle is one file,
 * and V8 can save what it compiled of it (`createCachedData`) and take it
 * back on the next run instead of compiling again. Node 22 does this itself
 * (`module.enableCompileCache`); this is the same idea for Node 20.
 *
 * The cache is kept next to the bundle, so it is only as writable as the
 * code itself. It is keyed by Node's version, its flags and the bundle's
 * size and time, and V8 checks it again: a cache that does not fit is
 * rejected, the bundle is compiled as usual, and a new cache replaces it.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import v8 from 'node:v8'
import vm from 'node:vm'

/**
 * V8 flags the command line sets for itself, before it builds anything:
 *
 * - `--no-regexp-tier-up`: compile each of the few hundred patterns straight
 *   to machine code, not first to bytecode and again on its second use
 *   (about 40 ms of the seeds' build);
 * - `--heap-growing-percent=40`: let the heap grow by 40 % between full
 *   collections instead of up to four times. A build holds little but makes
 *   much garbage; by default a 10,000-article build reached 1.2-1.4 GB.
 *
 * Set here rather than on node's command line, where any V8 flag makes Node
 * compile its own modules afresh (about 5 ms), and so that `news-digest` run
 * any way gets them. Both flags are read when used, so they take effect
 * after start-up. A flag the user gave node (`NODE_OPTIONS` too) wins.
 */
export const commandLineV8Flags = ['--no-regexp-tier-up', '--heap-growing-percent=40'] as const

export function setCommandLineV8Flags(): void {
  for (const flag of flagsToSet(process.execArgv, process.env['NODE_OPTIONS'])) v8.setFlagsFromString(flag)
}

/** The flags of `commandLineV8Flags` that node was not given, in either spelling (`--heap-growing-percent`, `--heap_growing_percent`). */
export function flagsToSet(execArgv: readonly string[], nodeOptions = ''): string[] {
  const given = `${execArgv.join(' ')} ${nodeOptions}`.replace(/_/g, '-')
  return commandLineV8Flags.filter((flag) => !given.includes(flag.replace(/^--(?:no-)?/, '').replace(/=.*/, '')))
}

/** A CommonJS file run with a code cache. */
export interface CachedModule {
  readonly exports: unknown
  /** What became of the cache: used, found unfit, or not there. */
  readonly cache: 'accepted' | 'rejected' | 'absent'
  /** Save what V8 compiled so far as the cache (best after a run, when more is compiled); unwritable folders are skipped. */
  readonly save: () => void
}

/**
 * Run the CommonJS module `file` as Node would, taking compiled code from
 * `cacheFolder` when a fitting cache is there. `undefined` when `file`
 * cannot be read.
 */
export function runWithCodeCache(file: string, cacheFolder: string): CachedModule | undefined {
  let source: string
  let stat: fs.Stats
  try {
    source = fs.readFileSync(file, 'utf8')
    stat = fs.statSync(file)
  } catch {
    return undefined
  }
  const cacheFile = path.join(cacheFolder, `${path.basename(file)}-${cacheKey(stat)}.cache`)
  const cachedData = readIfThere(cacheFile)
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    // No `importModuleDynamically`: in Node 20, code taken from a cache loses it, so the bundle must hold no `import()`.
    ...(cachedData ? { cachedData } : {})
  })
  const module = { exports: {} as unknown }
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: { exports: unknown }, filename: string, dirname: string) => void
  wrapper(module.exports, createRequire(file), module, file, path.dirname(file))
  const cache = !cachedData ? 'absent' : script.cachedDataRejected ? 'rejected' : 'accepted'
  return {
    exports: module.exports,
    cache,
    save() {
      if (cache === 'accepted') return
      try {
        fs.mkdirSync(cacheFolder, { recursive: true })
        // Written aside and renamed: a build running alongside never reads half a cache.
        const staging = `${cacheFile}.${process.pid}`
        fs.writeFileSync(staging, script.createCachedData())
        fs.renameSync(staging, cacheFile)
        dropOldCaches(cacheFolder, cacheFile)
      } catch {
        // A read-only installation runs without the cache, as fast as before it.
      }
    }
  }
}

/** Caches kept per file: one per way of running node (its version, its flags) that is in use. */
const cachesKept = 4

/**
 * Remove all but the `cachesKept` newest caches of the same file as
 * `cacheFile`: each Node version and set of flags makes its own, and a
 * cache half a megabyte, they would pile up.
 */
function dropOldCaches(cacheFolder: string, cacheFile: string): void {
  const prefix = path.basename(cacheFile).replace(/-[0-9a-f]{8}\.cache$/, '-')
  const caches = fs.readdirSync(cacheFolder)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.cache'))
    .map((name) => ({ name, time: fs.statSync(path.join(cacheFolder, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time)
  for (const { name } of caches.slice(cachesKept)) fs.rmSync(path.join(cacheFolder, name), { force: true })
}

/** What a cache depends on besides its source: Node, its flags, and the bundle file. */
function cacheKey(stat: fs.Stats): string {
  const parts = [process.version, process.arch, process.execArgv.join(' '), process.env['NODE_OPTIONS'] ?? '', stat.size, stat.mtimeMs]
  return fnv1a(parts.join('\0')).toString(16).padStart(8, '0')
}

// 32-bit FNV-1a: enough to tell a handful of Node setups apart, and no crypto module to load.
function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

function readIfThere(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file)
  } catch {
    return undefined
  }
}
