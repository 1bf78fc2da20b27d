import fs from 'node:fs/promises'
import path from 'node:path'
import type { VFile } from 'vfile'
import { type ArticleAnalysis, analyze } from './analyze/index.js'
import { type CleanedArticle, type CleaningContext, cleanArticle, countSharedLines } from './clean/index.js'
import { type Article, type Digest, DIGEST_VERSION, type Problem } from './digest.js'
import { type LoadedArticle, type LoadResult, listFiles, loadArticles } from './load/index.js'
import { type Options, type ResolvedOptions, resolveOptions } from './options.js'
import { readTemplates, renderPagePieces } from './render/index.js'
import { feedFileName, renderFeed } from './render/feed.js'
import { prettyJsonChunks } from './render/json.js'
import { version } from './version.js'
import { type OutputFile, writeOutput } from './write.js'
import { loadAndCleanInWorkers } from './parallel/index.js'

/** What a build gives back. */
export interface BuildResult {
  readonly digest: Digest
  /** One vfile per input file, with its messages, for reporting. */
  readonly files: readonly VFile[]
  /** Absolute path of the output folder. */
  readonly out: string
  /** Whether some input could not be processed (the others were built). */
  readonly hasFatal: boolean
  /** Milliseconds each stage took, for `npm run bench` and for finding what is slow. */
  readonly timings: StageTimings
}

/** Milliseconds (wall clock) per stage of a build; `write` is 0 until the output is written. */
export interface StageTimings {
  readonly load: number
  readonly clean: number
  readonly analyze: number
  readonly render: number
  readonly write: number
}

/** Error for a problem with the build as a whole (a missing input folder); its message is shown as is. */
export class BuildError extends Error {
  /** The input files with their problems, when those explain why nothing was built. */
  readonly files: readonly VFile[]

  constructor(message: string, files: readonly VFile[] = []) {
    super(message)
    this.files = files
  }
}

/**
 * Build a folder of articles into `index.html` and `digest.json`:
 * load → clean → analyze → render → write.
 */
export async function build(options: Options = {}): Promise<BuildResult> {
  const resolved = resolveOptions(options)
  const prepared = await prepareBuild(resolved)
  const writing = performance.now()
  await writeOutput(resolved.out, prepared.output, resolved.input)
  return { ...prepared.result, timings: { ...prepared.result.timings, write: performance.now() - writing } }
}

/** A build up to the write: the files `build()` writes and what it returns. */
export interface PreparedBuild {
  readonly output: readonly OutputFile[]
  readonly result: BuildResult
}

/**
 * Keeps loaded and cleaned articles between builds so that a rebuild reads
 * and cleans only the articles that changed (watch mode, `src/watch/cache.ts`).
 * Both methods must give exactly what the uncached stage gives.
 */
export interface ArticleCache {
  /** `loadArticles`, taking unchanged files from the cache. */
  readonly loadArticles: (input: string) => Promise<LoadResult>
  /** `cleanArticle`, taking the result from the cache for the same article, id and context. */
  readonly cleanArticle: (id: string, article: LoadedArticle, context: CleaningContext) => CleanedArticle
}

/**
 * Load, clean, analyze and render, without writing: watch mode decides
 * whether to write (it keeps the last good output when an edit breaks a file).
 */
export async function prepareBuild(resolved: ResolvedOptions, cache?: ArticleCache): Promise<PreparedBuild> {
  await assertInputFolder(resolved.input)
  const [{ articles, analyzed, files, timings }, templates] = await Promise.all([loadAndClean(resolved.input, cache), readTemplates(resolved.templates)])
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  // Files that all failed (or were all empty) would publish an empty page over the last good one.
  if (articles.length === 0) {
    throw new BuildError(`No article to build: ${files.length === 1 ? 'the one file' : `none of the ${files.length} files`} in \`${resolved.input}\` could be read as one (see the problems above); the output was not written`, files)
  }
  const analyzing = performance.now()
  const analysis = analyze(articles, resolved.title, analyzed)
  const rendering = performance.now()
  const digest: Digest = {
    version: DIGEST_VERSION,
    story: analysis.story,
    articles: analysis.articles,
    timeline: analysis.timeline,
    undated: analysis.undated,
    problems: collectProblems(files)
  }
  const generator = `news-digest ${version}`
  const output: OutputFile[] = [
    { path: 'index.html', contents: () => renderPagePieces(digest, templates, generator, resolved.baseUrl) },
    { path: 'digest.json', contents: () => prettyJsonChunks(digest) },
    { path: feedFileName, contents: renderFeed(digest, { baseUrl: resolved.baseUrl, fallbackDate: resolved.sourceDate, version }) }
  ]
  const stageTimings: StageTimings = { ...timings, analyze: rendering - analyzing, render: performance.now() - rendering, write: 0 }
  return { output, result: { digest, files, out: resolved.out, hasFatal: files.some((file) => file.messages.some((message) => message.fatal === true)), timings: stageTimings } }
}

/** The articles loaded and cleaned, with a vfile per input file. */
interface CleanedInput {
  readonly articles: readonly Article[]
  /** Analysis of articles alone done beside the cleaning (worker threads), by article id. */
  readonly analyzed?: ReadonlyMap<string, ArticleAnalysis>
  readonly files: VFile[]
  readonly timings: { readonly load: number, readonly clean: number }
}

// Many files are loaded and cleaned on worker threads (src/parallel); few files,
// or a rebuild from the watch cache, stay on this thread, where no worker has to start.
async function loadAndClean(input: string, cache: ArticleCache | undefined): Promise<CleanedInput> {
  const parallel = cache ? undefined : await loadAndCleanInWorkers(input, { assignIds })
  if (parallel) return { articles: parallel.articles, analyzed: parallel.analyzed, files: [...parallel.files], timings: parallel.timings }
  const started = performance.now()
  const loaded = await (cache?.loadArticles ?? loadArticles)(input)
  const cleaning = performance.now()
  const articles = cleanAll(loaded.articles, cache?.cleanArticle ?? cleanArticle)
  const files = [...loaded.articles.map((article) => article.file), ...loaded.failed, ...loaded.skipped]
  return { articles, files, timings: { load: cleaning - started, clean: performance.now() - cleaning } }
}

async function assertInputFolder(input: string): Promise<void> {
  try {
    const stats = await fs.stat(input)
    if (!stats.isDirectory()) throw new BuildError(`Input \`${input}\` is a file, expected a folder of articles`)
  } catch (error) {
    if (error instanceof BuildError) throw error
    // A folder inside one the user may not enter exists, but cannot be read: "not found" would mislead.
    const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined
    if (code === 'EACCES' || code === 'EPERM') throw new BuildError(`Cannot read input folder \`${input}\`: permission denied`)
    throw new BuildError(`Input folder \`${input}\` not found`)
  }
  // An empty folder is most likely the wrong folder: say so rather than write an empty page.
  let listing
  try {
    listing = await listFiles(input)
  } catch {
    throw new BuildError(`Cannot read input folder \`${input}\`: permission denied`)
  }
  // What was passed over says why (a link to a file elsewhere, a link to a folder): printed with the message.
  if (listing.files.length === 0) throw new BuildError(`No articles in \`${input}\`: expected .md or .txt files (hidden files and node_modules are passed over)`, listing.skipped)
}

// One article that fails to clean becomes a fatal message; the others are built.
function cleanAll(loaded: readonly LoadedArticle[], clean: ArticleCache['cleanArticle']): Article[] {
  const context: CleaningContext = { lineCounts: countSharedLines(loaded), articleCount: loaded.length }
  const ids = assignIds(loaded)
  const articles: Article[] = []
  for (const [index, article] of loaded.entries()) {
    try {
      const cleaned = clean(ids[index]!, article, context)
      articles.push({ id: cleaned.id, file: article.path, ...cleaned.meta, blocks: cleaned.blocks, removed: cleaned.removed, notes: cleaned.notes })
    } catch (error) {
      const message = article.file.message(`Cannot clean article: ${error instanceof Error ? error.message : String(error)}`, { ruleId: 'clean-error', source: 'news-digest' })
      message.fatal = true
    }
  }
  return articles
}

/** Ids from file names (`000_abc.txt` → `000_abc`), made unique with a message on the later file. */
function assignIds(loaded: ReadonlyArray<Pick<LoadedArticle, 'path' | 'file'>>): string[] {
  const taken = new Map<string, string>()
  return loaded.map((article) => {
    const base = idFromPath(article.path)
    let id = base
    for (let suffix = 2; taken.has(id); suffix++) id = `${base}-${suffix}`
    if (id !== base) {
      article.file.message(`Duplicate article id \`${base}\` (also \`${taken.get(base)}\`): this one is \`${id}\``, { ruleId: 'duplicate-id', source: 'news-digest' })
    }
    taken.set(id, article.path)
    return id
  })
}

/**
 * An article id from its path: its letters in lower case, digits, `_` and
 * `-`. Accents on Latin letters are dropped (`Zürich` → `zurich`); letters
 * of other scripts are kept (`Новости`, `新闻`), so such names give ids of
 * their own rather than all one fallback.
 */
export function idFromPath(file: string): string {
  const withoutExtension = file.slice(0, file.length - path.posix.extname(file).length)
  const id = withoutExtension.normalize('NFKD').replace(/(?<=[A-Za-z])\p{M}+/gu, '').normalize('NFC').toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '')
  return id || 'article'
}

function collectProblems(files: readonly VFile[]): Problem[] {
  const problems: Problem[] = []
  for (const file of files) {
    for (const message of file.messages) {
      problems.push({
        file: file.path,
        line: message.line ?? null,
        column: message.column ?? null,
        message: message.reason,
        rule: message.ruleId ?? 'news-digest',
        fatal: message.fatal === true
      })
    }
  }
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0))
}
