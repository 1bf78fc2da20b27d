import fs from 'node:fs/promises'
import path from 'node:path'
import { VFile } from 'vfile'
import { decodeText } from './decode.js'
import { readFrontMatter } from './front-matter.js'
import { type MarkdownReader, createMarkdownReader } from './markdown.js'
import { splitPlainText } from './paragraphs.js'
import type { LoadedArticle } from './raw-block.js'

export type { LoadedArticle, RawBlock } from './raw-block.js'

/** What loading the input folder gives: the articles, and files that are no article at all. */
export interface LoadResult {
  readonly articles: readonly LoadedArticle[]
  /** Files that could not be read; each carries a fatal message. */
  readonly failed: readonly VFile[]
  /** Files skipped because they are not articles; each carries a message. */
  readonly skipped: readonly VFile[]
}

const articleExtensions = new Set(['.md', '.markdown', '.txt'])

/**
 * Find every `.md` and `.txt` file below `input` and read each into raw blocks.
 * One unreadable file never stops the others: it comes back in `failed`.
 */
export async function loadArticles(input: string): Promise<LoadResult> {
  const found = await listFiles(input)
  const articles: LoadedArticle[] = []
  const failed: VFile[] = []
  const markdown = lazyMarkdownReader()
  for (const relative of found.files) {
    const loaded = await loadFile(input, relative, markdown)
    if (loaded.article) articles.push(loaded.article)
    else failed.push(loaded.failed)
  }
  return { articles, failed, skipped: found.skipped }
}

/** Gives the markdown reader; see `lazyMarkdownReader`. */
export type MarkdownSource = () => Promise<MarkdownReader>

/** A markdown reader made on first use and then kept: a folder of `.txt` never loads the parser. */
export function lazyMarkdownReader(): MarkdownSource {
  let reader: Promise<MarkdownReader> | undefined
  return () => (reader ??= createMarkdownReader())
}

/** One file of the input folder, loaded: an article, or a file that failed with a fatal message. */
export type LoadedFile =
  | { readonly article: LoadedArticle, readonly failed?: undefined }
  | { readonly failed: VFile, readonly article?: undefined }

/**
 * Load one file of the input folder (`relative` to `input`). `bytes` are its
 * contents when the caller has read them already: watch mode keys its cache
 * by them, so the text loaded must be the text hashed.
 */
export async function loadFile(input: string, relative: string, markdown: MarkdownSource, bytes?: Uint8Array): Promise<LoadedFile> {
  const file = new VFile({ path: relative, cwd: input })
  try {
    const isMarkdown = path.extname(relative).toLowerCase() !== '.txt'
    const article = await loadArticle(file, bytes ?? await fs.readFile(path.join(input, relative)), isMarkdown ? await markdown() : undefined)
    return article ? { article } : { failed: file }
  } catch (error) {
    const message = file.message(`Cannot read file: ${errorReason(error)}`, { ruleId: 'read-error', source: 'news-digest' })
    message.fatal = true
    return { failed: file }
  }
}

async function loadArticle(file: VFile, bytes: Uint8Array, markdown: MarkdownReader | undefined): Promise<LoadedArticle | undefined> {
  const decoded = decodeText(bytes)
  if (decoded.refusal) {
    file.message(decoded.refusal, { ruleId: 'not-text', source: 'news-digest' }).fatal = true
    return undefined
  }
  for (const warning of decoded.warnings) file.message(warning, { ruleId: 'encoding', source: 'news-digest' })
  file.value = decoded.text
  const { frontMatter, body, bodyLine } = readFrontMatter(decoded.text, file)
  const blocks = markdown ? markdown.read(body, bodyLine) : splitPlainText(body, bodyLine)
  if (blocks.length === 0) file.message('Empty article: no paragraph of text', { ruleId: 'empty-article', source: 'news-digest' })
  return { file, path: toPosix(file.path), format: markdown ? 'markdown' : 'text', frontMatter, blocks }
}

/** The files of an input folder: articles to load, and files skipped with a message. */
export interface Listing {
  /** Paths of articles, relative to the folder (platform separators), sorted. */
  readonly files: readonly string[]
  readonly skipped: readonly VFile[]
}

/** Every file below `root`, relative and sorted, so that output order never depends on the disk. */
export async function listFiles(root: string): Promise<Listing> {
  const files: string[] = []
  const skipped: VFile[] = []
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true })
  for (const entry of entries) {
    const relative = path.relative(root, path.join(entry.parentPath, entry.name))
    if (isIgnoredPath(relative)) continue
    if (!entry.isFile() && !entry.isSymbolicLink()) continue
    if (articleExtensions.has(path.extname(entry.name).toLowerCase())) files.push(relative)
    else {
      const file = new VFile({ path: relative, cwd: root })
      file.info('Skipped: not an article (expected a `.md` or `.txt` file)', { ruleId: 'not-an-article', source: 'news-digest' })
      skipped.push(file)
    }
  }
  files.sort(comparePaths)
  return { files, skipped }
}

/** Whether the loader passes over a path (relative to the input folder): dotfiles, dot-folders, `node_modules`. */
export function isIgnoredPath(relative: string): boolean {
  return relative.split(path.sep).some((part) => part.startsWith('.') || part === 'node_modules')
}

function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function toPosix(relative: string): string {
  return relative.split(path.sep).join('/')
}

function errorReason(error: unknown): string {
  if (error instanceof Error && 'code' in error) {
    const code = String(error.code)
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
    if (code === 'ELOOP') return 'too many symbolic links (a link loop?)'
    if (code === 'EISDIR') return 'it is a folder'
    if (code === 'ENOENT') return 'the file does not exist (a broken link?)'
    return `${code}`
  }
  return error instanceof Error ? error.message : String(error)
}
