import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import type { ArticleCache } from '../build.js'
import { type CleanedArticle, type CleaningContext, cleanArticle, countSharedLines } from '../clean/index.js'
import { type LoadedArticle, type LoadedFile, type LoadResult, type MarkdownSource, lazyMarkdownReader, listFiles, loadFile } from '../load/index.js'
import { readArticleBytes } from '../load/read.js'

/**
 * An `ArticleCache` that a watcher keeps up to date: it says which paths
 * changed, and only those are read again. A file read again whose content
 * is unchanged (a save without edits, a rename back and forth) keeps its
 * loaded and cleaned article.
 */
export interface WatchCache extends ArticleCache {
  /** Read these paths (relative to the input folder) again on the next build. */
  readonly invalidate: (relativePaths: Iterable<string>) => void
  /** Read every file again on the next build (the watcher may have missed events). */
  readonly invalidateAll: () => void
  /** How many articles the last build read and cleaned, not taken from the cache: for reporting. */
  readonly lastWork: () => { readonly read: number, readonly cleaned: number }
}

/** One file of the input folder as the last build loaded it. */
interface FileEntry {
  /** SHA-1 of the bytes loaded; `null` for a file that could not be read, which is read again every time. */
  readonly hash: string | null
  readonly loaded: LoadedFile
  /** Messages of loading: later stages add theirs to the same vfile, so every build starts again from these. */
  readonly loadMessages: readonly VFileMessage[]
}

/** One cleaned article, valid for the loaded article it was made from and the same id and context. */
interface CleanedEntry {
  readonly key: string
  readonly cleaned: CleanedArticle
  /** Messages cleaning added to the article's vfile, added again when the entry is reused. */
  readonly messages: readonly VFileMessage[]
}

/** Make an empty cache for one input folder; the first build fills it. */
export function createWatchCache(): WatchCache {
  let input: string | undefined
  let entries = new Map<string, FileEntry>()
  const dirty = new Set<string>()
  let everythingDirty = true
  let work = { read: 0, cleaned: 0 }
  // Keyed by the loaded article object: a file whose content changed gets a new one.
  const cleaned = new WeakMap<LoadedArticle, CleanedEntry>()
  const ownLines = new WeakMap<LoadedArticle, readonly string[]>()
  let markdown: MarkdownSource = lazyMarkdownReader()

  async function loadArticles(folder: string): Promise<LoadResult> {
    if (folder !== input) {
      input = folder
      entries = new Map()
      markdown = lazyMarkdownReader()
    }
    const listing = await listFiles(folder)
    const next = new Map<string, FileEntry>()
    work = { read: 0, cleaned: 0 }
    for (const relative of listing.files) {
      const previous = entries.get(relative)
      const entry = previous && previous.hash !== null && !everythingDirty && !isDirty(relative) ? previous : await refresh(folder, relative, previous)
      fileOf(entry.loaded).messages = [...entry.loadMessages]
      next.set(relative, entry)
    }
    entries = next
    dirty.clear()
    everythingDirty = false
    const articles: LoadedArticle[] = []
    const failed: VFile[] = []
    for (const entry of next.values()) {
      if (entry.loaded.article) articles.push(entry.loaded.article)
      else failed.push(entry.loaded.failed)
    }
    return { articles, failed, skipped: listing.skipped }
  }

  // A changed folder (renamed, replaced) stands for every file below it.
  function isDirty(relative: string): boolean {
    if (dirty.has(relative)) return true
    for (const changed of dirty) if (relative.startsWith(changed + path.sep)) return true
    return false
  }

  async function refresh(folder: string, relative: string, previous: FileEntry | undefined): Promise<FileEntry> {
    const bytes = await readStable(path.join(folder, relative))
    if (bytes === null) {
      // Unreadable: the loader words the message; nothing is kept.
      work.read++
      const loaded = await loadFile(folder, relative, markdown)
      return { hash: null, loaded, loadMessages: messagesOf(loaded) }
    }
    const hash = createHash('sha1').update(bytes).digest('hex')
    if (previous && previous.hash === hash) return previous
    work.read++
    const loaded = await loadFile(folder, relative, markdown, bytes)
    return { hash, loaded, loadMessages: messagesOf(loaded) }
  }

  function cachedClean(id: string, article: LoadedArticle, context: CleaningContext): CleanedArticle {
    const key = contextKey(id, article, context, ownLines)
    const entry = cleaned.get(article)
    if (entry && entry.key === key) {
      article.file.messages.push(...entry.messages)
      return entry.cleaned
    }
    work.cleaned++
    const before = article.file.messages.length
    const result = cleanArticle(id, article, context)
    cleaned.set(article, { key, cleaned: result, messages: article.file.messages.slice(before) })
    return result
  }

  return {
    loadArticles,
    cleanArticle: cachedClean,
    invalidate: (relativePaths) => {
      for (const relative of relativePaths) dirty.add(relative)
    },
    invalidateAll: () => {
      everythingDirty = true
    },
    lastWork: () => work
  }
}

function fileOf(loaded: LoadedFile): VFile {
  return loaded.article ? loaded.article.file : loaded.failed
}

function messagesOf(loaded: LoadedFile): VFileMessage[] {
  return [...fileOf(loaded).messages]
}

/**
 * Read a file, again if it changed while being read (an editor still
 * writing it); `null` when it cannot be read.
 */
async function readStable(absolute: string): Promise<Uint8Array | null> {
  try {
    for (let attempt = 0; ; attempt++) {
      const before = await fs.stat(absolute)
      // Through the loader's reader: a pipe or a device is refused, not waited on, and the size limit holds.
      const bytes = await readArticleBytes(absolute)
      const after = await fs.stat(absolute)
      if (attempt >= 2 || (before.mtimeMs === after.mtimeMs && before.size === after.size && after.size === bytes.length)) return bytes
    }
  } catch {
    return null
  }
}

/**
 * What a cleaned article depends on besides its own content: its id (block
 * ids are made from it) and what the context says about its own lines.
 * Counts of lines the article does not have cannot change its cleaning.
 */
function contextKey(id: string, article: LoadedArticle, context: CleaningContext, ownLines: WeakMap<LoadedArticle, readonly string[]>): string {
  // Every field of the context must be part of the key: adding one to
  // `CleaningContext` makes this line fail to compile until it is handled here.
  const { lineCounts, articleCount, ...unhandled } = context
  const exhaustive: Record<string, never> = unhandled
  void exhaustive
  let lines = ownLines.get(article)
  if (!lines) ownLines.set(article, (lines = [...countSharedLines([article]).keys()]))
  return JSON.stringify([id, articleCount, lines.map((line) => lineCounts.get(line) ?? 0)])
}
