/**
 * Load and clean on every core. Loading (reading, decoding, parsing
 * Markdown) and cleaning take one article at a time, so a build of many
 * files splits them over worker threads; analysis, which spans all
 * articles, stays on the main thread. Cleaning needs to know which short
 * lines recur across the whole build, so it runs in two rounds: the workers
 * load their share and report the lines they saw; the main thread adds the
 * counts up and assigns ids; the workers clean what they kept.
 *
 * A worker costs about as much to start as loading and cleaning a hundred
 * articles, so small builds stay on one thread.
 */
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'
import type { Worker } from 'node:worker_threads'
import { VFile } from 'vfile'
import type { ArticleAnalysis } from '../analyze/index.js'
import type { Article } from '../digest.js'
import { listFiles } from '../load/index.js'
import { workerScript } from '../package-files.js'
import { restoreMessages } from './messages.js'
import type { CleanReport, LoadReport, WorkerRequest, WorkerResponse } from './protocol.js'

/** When and how wide to go parallel. */
export interface ParallelOptions {
  /** Worker threads. Default: the parallelism the machine offers (`os.availableParallelism()`). */
  readonly threads?: number
  /** Below this many article files, return `undefined`: one thread is faster. Default: 200. */
  readonly minFiles?: number
  /** Cleaned articles a worker sends back per message. Default: 200. */
  readonly partSize?: number
}

/** What the caller supplies, so both paths name articles alike. */
export interface ParallelHooks {
  /** Ids for the loaded articles, in order; see `assignIds` in `src/build.ts`. */
  readonly assignIds: (articles: ReadonlyArray<{ readonly path: string, readonly file: VFile }>) => string[]
}

/** Articles loaded and cleaned on worker threads. */
export interface ParallelResult {
  /** Cleaned articles, in the order of the sorted listing. */
  readonly articles: readonly Article[]
  /** Each article's analysis alone (`analyzeArticle`), by article id. */
  readonly analyzed: ReadonlyMap<string, ArticleAnalysis>
  /** One vfile per file found: articles, files that failed, files skipped. */
  readonly files: readonly VFile[]
  /** Milliseconds spent loading and cleaning (wall clock). */
  readonly timings: { readonly load: number, readonly clean: number }
}

const defaultMinFiles = 200
const defaultPartSize = 200

/**
 * Load and clean the articles of `input` on worker threads, or return
 * `undefined` when the input is too small to gain from it (or the compiled
 * worker script is missing, as when running from the TypeScript sources);
 * the caller then loads and cleans on its own thread.
 */
export async function loadAndCleanInWorkers(input: string, hooks: ParallelHooks, options: ParallelOptions = {}): Promise<ParallelResult | undefined> {
  const started = performance.now()
  const threads = options.threads ?? os.availableParallelism()
  const listing = await listFiles(input)
  if (threads < 2 || listing.files.length < (options.minFiles ?? defaultMinFiles) || !existsSync(workerScript)) return undefined
  const workers = Array.from({ length: Math.min(threads, listing.files.length) }, () => new PoolWorker(new (workerThreads().Worker)(workerScript)))
  try {
    const shares = workers.map((_, worker) => listing.files.flatMap((relative, index) => (index % workers.length === worker ? [[index, relative] as const] : [])))
    const loaded = await Promise.all(workers.map((worker, index) => worker.request({ type: 'load', input, files: shares[index]! })))
    const files = listing.files.map((relative) => new VFile({ path: relative, cwd: input }))
    const reports = loaded.flatMap((response) => (response.type === 'loaded' ? response.files : [])).sort((a, b) => a.index - b.index)
    for (const report of reports) restoreMessages(files[report.index]!, report.messages)
    const articleIndexes = reports.filter((report) => report.isArticle).map((report) => report.index)
    const ids = hooks.assignIds(articleIndexes.map((index) => ({ path: toPosix(listing.files[index]!), file: files[index]! })))
    const idByIndex = new Map(articleIndexes.map((index, position) => [index, ids[position]!]))
    const context = { lineCounts: addCounts(loaded), articleCount: articleIndexes.length }
    const loadTime = performance.now() - started
    const parts: WorkerResponse[] = []
    const cleaned = await Promise.all(workers.map((worker) => worker.request({ type: 'clean', context, ids: idByIndex, partSize: options.partSize ?? defaultPartSize }, (part) => parts.push(part))))
    const { articles, analyzed } = collectArticles([...parts, ...cleaned], files)
    return {
      articles,
      analyzed,
      files: [...articleIndexes.map((index) => files[index]!), ...reportsOfFailures(reports, files), ...listing.skipped],
      timings: { load: loadTime, clean: performance.now() - started - loadTime }
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}

function reportsOfFailures(reports: readonly LoadReport[], files: readonly VFile[]): VFile[] {
  return reports.filter((report) => !report.isArticle).map((report) => files[report.index]!)
}

function addCounts(responses: readonly WorkerResponse[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const response of responses) {
    if (response.type !== 'loaded') continue
    for (const [key, count] of response.lineCounts) counts.set(key, (counts.get(key) ?? 0) + count)
  }
  return counts
}

function collectArticles(responses: readonly WorkerResponse[], files: readonly VFile[]): Pick<ParallelResult, 'articles' | 'analyzed'> {
  const reports: CleanReport[] = responses.flatMap((response) => (response.type === 'cleaned' || response.type === 'cleaned-part' ? response.articles : [])).sort((a, b) => a.index - b.index)
  const articles: Article[] = []
  const analyzed = new Map<string, ArticleAnalysis>()
  for (const report of reports) {
    const file = files[report.index]!
    restoreMessages(file, report.messages)
    if (report.article) {
      articles.push(report.article)
      if (report.analysis) analyzed.set(report.article.id, report.analysis)
    } else {
      // The same message as `cleanAll` in `src/build.ts` gives.
      file.message(`Cannot clean article: ${report.error ?? 'unknown error'}`, { ruleId: 'clean-error', source: 'news-digest' }).fatal = true
    }
  }
  return { articles, analyzed }
}

function toPosix(relative: string): string {
  return relative.split(path.sep).join('/')
}

/** One worker thread, answering one request at a time. */
// Loaded when a build goes parallel: a small one never needs node:worker_threads. With `require`,
// not `import()`, which the bundle of the command line cannot use (see scripts/bundle.mjs).
function workerThreads(): typeof import('node:worker_threads') {
  return createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads')
}

class PoolWorker {
  readonly #worker: Worker

  constructor(worker: Worker) {
    this.#worker = worker
    // A worker that fails while no request of it is pending (its pool stopping after
    // another worker failed) must not end the process with a stack trace: the
    // failing request already reported the build's error.
    this.#worker.on('error', () => {})
  }

  /** Send a request and wait for its answer, passing parts of it (`cleaned-part`) to `onPart`; a worker that fails or exits rejects. */
  request(request: WorkerRequest, onPart?: (part: WorkerResponse) => void): Promise<WorkerResponse> {
    return new Promise((resolve, reject) => {
      const cleanup = (): void => {
        this.#worker.off('message', onMessage).off('error', onError).off('exit', onExit)
      }
      const onMessage = (response: WorkerResponse): void => {
        if (response.type === 'cleaned-part') {
          onPart?.(response)
          return
        }
        cleanup()
        if (response.type === 'failed') reject(new Error(`A worker thread failed: ${response.error}`))
        else resolve(response)
      }
      const onError = (error: Error): void => {
        cleanup()
        reject(error)
      }
      const onExit = (code: number): void => {
        cleanup()
        reject(new Error(`A worker thread stopped (exit code ${code})`))
      }
      this.#worker.on('message', onMessage).on('error', onError).on('exit', onExit)
      this.#worker.postMessage(request)
    })
  }

  async terminate(): Promise<void> {
    await this.#worker.terminate()
  }
}
