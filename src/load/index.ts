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
  let markdown: Promise<MarkdownReader> | undefined
  for (const relative of found.files) {
    const file = new VFile({ path: relative, cwd: input })
    try {
      const isMarkdown = path.extname(relative).toLowerCase() !== '.txt'
      if (isMarkdown) markdown ??= createMarkdownReader()
      const article = await loadArticle(file, path.join(input, relative), isMarkdown ? await markdown! : undefined)
      if (article) articles.push(article)
      else failed.push(file)
    } catch (error) {
      const message = file.message(`Cannot read file: ${errorReason(error)}`, { ruleId: 'read-error', source: 'news-digest' })
      message.fatal = true
      failed.push(file)
    }
  }
  return { articles, failed, skipped: found.skipped }
}

async function loadArticle(file: VFile, absolute: string, markdown: MarkdownReader | undefined): Promise<LoadedArticle | undefined> {
  const decoded = decodeText(await fs.readFile(absolute))
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

interface Listing {
  readonly files: readonly string[]
  readonly skipped: readonly VFile[]
}

/** Every file below `root`, relative and sorted, so that output order never depends on the disk. */
async function listFiles(root: string): Promise<Listing> {
  const files: string[] = []
  const skipped: VFile[] = []
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true })
  for (const entry of entries) {
    const relative = path.relative(root, path.join(entry.parentPath, entry.name))
    if (relative.split(path.sep).some((part) => part.startsWith('.') || part === 'node_modules')) continue
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
