import type { Dirent } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { VFile } from 'vfile'
import { isInside, isOutputFolder, linkTarget } from '../folders.js'
import { decodeText } from './decode.js'
import { readFrontMatter } from './front-matter.js'
import { type MarkdownReader, createMarkdownReader } from './markdown.js'
import { splitPlainText } from './paragraphs.js'
import { RefusedFileError, maxArticleBytes, readArticleBytes, tooLarge } from './read.js'
import type { LoadedArticle } from './raw-block.js'

export type { LoadedArticle, RawBlock } from './raw-block.js'

/** What loading the input folder gives: the articles, and files that are no article at all. */
export interface LoadResult {
  readonly articles: readonly LoadedArticle[]
  /**
   * Files that give no article, each with a message saying why: fatal when
   * the file could not be read or decoded, a warning when it holds no text.
   */
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
    const article = await loadArticle(file, bytes ?? await readArticleBytes(path.join(input, relative)), isMarkdown ? await markdown() : undefined)
    return article ? { article } : { failed: file }
  } catch (error) {
    if (error instanceof RefusedFileError) {
      file.message(error.message, { ruleId: error.ruleId, source: 'news-digest' }).fatal = true
      return { failed: file }
    }
    const message = file.message(`Cannot read file: ${errorReason(error)}`, { ruleId: 'read-error', source: 'news-digest' })
    message.fatal = true
    return { failed: file }
  }
}

async function loadArticle(file: VFile, bytes: Uint8Array, markdown: MarkdownReader | undefined): Promise<LoadedArticle | undefined> {
  // Bytes read by the caller (watch mode) were not checked against the limit yet.
  if (bytes.length > maxArticleBytes) throw tooLarge(bytes.length, maxArticleBytes)
  const decoded = decodeText(bytes)
  if (decoded.refusal) {
    file.message(decoded.refusal, { ruleId: 'not-text', source: 'news-digest' }).fatal = true
    return undefined
  }
  for (const warning of decoded.warnings) file.message(warning, { ruleId: 'encoding', source: 'news-digest', ...(decoded.firstInvalid ? { place: decoded.firstInvalid } : {}) })
  file.value = decoded.text
  const { frontMatter, body, bodyLine } = readFrontMatter(decoded.text, file)
  const blocks = markdown ? markdown.read(body, bodyLine, frontMatter.url) : splitPlainText(body, bodyLine)
  if (blocks.length === 0) {
    // A source with nothing to read would only be an empty section on the page.
    file.message('Empty article: no paragraph of text; it is left out of the digest', { ruleId: 'empty-article', source: 'news-digest' })
    return undefined
  }
  return { file, path: toPosix(file.path), format: markdown ? 'markdown' : 'text', frontMatter, blocks }
}

/** The files of an input folder: articles to load, and files skipped with a message. */
export interface Listing {
  /** Paths of articles, relative to the folder (platform separators), sorted. */
  readonly files: readonly string[]
  /** Files that are no article, and sub-folders that could not be read (with a fatal message). */
  readonly skipped: readonly VFile[]
}

/**
 * Every file below `root`, relative and sorted, so that output order never
 * depends on the disk. Symbolic links to folders are not followed, so a link
 * loop cannot make the walk endless; links to files outside `root` are not
 * read, so a folder from elsewhere cannot publish any file the build can read
 * (`/etc/passwd`, a key). A sub-folder that cannot be read is reported and
 * the rest is listed.
 */
export async function listFiles(root: string): Promise<Listing> {
  const files: string[] = []
  const skipped: VFile[] = []
  const folders = ['']
  let realRoot: Promise<string> | undefined
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    let entries: Dirent[]
    try {
      entries = await fs.readdir(path.join(root, folder), { withFileTypes: true })
    } catch (error) {
      // The input folder itself is checked by `build()`; a failure there is no partial build.
      if (folder === '') throw error
      const file = new VFile({ path: folder, cwd: root })
      file.message(`Cannot read folder: ${errorReason(error)}`, { ruleId: 'read-error', source: 'news-digest' }).fatal = true
      skipped.push(file)
      continue
    }
    // An output of news-digest inside the input (`--out articles/site`) is not input: it would list the build's own files.
    if (folder !== '' && await isOutputFolder(path.join(root, folder), entries.map((entry) => entry.name))) continue
    for (const entry of entries) {
      const relative = path.join(folder, entry.name)
      if (isIgnoredPath(relative)) continue
      if (entry.isDirectory()) folders.push(relative)
      else if (!entry.isFile() && !entry.isSymbolicLink()) skipped.push(skippedFile(root, relative, 'Skipped: not a regular file (a pipe, a socket or a device)', 'not-a-file'))
      else if (entry.isSymbolicLink() && await isUnfollowedLink(root, relative, realRoot ??= fs.realpath(root), skipped)) continue
      else if (articleExtensions.has(path.extname(entry.name).toLowerCase())) files.push(relative)
      else skipped.push(skippedFile(root, relative, 'Skipped: not an article (expected a `.md` or `.txt` file)', 'not-an-article'))
    }
  }
  files.sort(comparePaths)
  return { files, skipped }
}

/**
 * Whether the link at `relative` is left out, with a message added to
 * `skipped`: a link to a folder, or to a file outside the input folder. A
 * broken link or a loop is listed like a file: reading it says what is wrong.
 */
async function isUnfollowedLink(root: string, relative: string, realRoot: Promise<string>, skipped: VFile[]): Promise<boolean> {
  let target: string
  let isFolder: boolean
  try {
    target = await fs.realpath(path.join(root, relative))
    isFolder = (await fs.stat(target)).isDirectory()
  } catch {
    // A broken link or a loop inside the folder is read, and reading says what is wrong; one that leads out is not.
    target = await linkTarget(path.join(root, relative))
    const realParent = await fs.realpath(path.dirname(target)).catch(() => path.dirname(target))
    if (isInside(path.join(realParent, path.basename(target)), await realRoot)) return false
    isFolder = false
  }
  if (isFolder) {
    skipped.push(skippedFile(root, relative, 'Skipped: a link to a folder; links to folders are not followed (move or copy the folder in)', 'folder-link'))
    return true
  }
  if (!isInside(target, await realRoot)) {
    const file = new VFile({ path: relative, cwd: root })
    file.message(`Not read: a link to \`${target}\`, outside the input folder; only files inside it are read (copy the file in)`, { ruleId: 'link-outside-input', source: 'news-digest' }).fatal = true
    skipped.push(file)
    return true
  }
  return false
}

// Reading a FIFO would wait for a writer forever: files that are not articles are listed, never opened.
function skippedFile(root: string, relative: string, reason: string, ruleId: string): VFile {
  const file = new VFile({ path: relative, cwd: root })
  file.info(reason, { ruleId, source: 'news-digest' })
  return file
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
