/**
 * Worker thread of the parallel load and clean (see `./index.ts`): it loads
 * its share of the files, keeps them, reports the short lines it saw, then
 * cleans them once the main thread has counted the lines of the whole build.
 */
import { parentPort } from 'node:worker_threads'
import { analyzeArticle } from '../analyze/index.js'
import { cleanArticle, countSharedLines } from '../clean/index.js'
import { type LoadedArticle, lazyMarkdownReader, loadFile } from '../load/index.js'
import { messagesOf } from './messages.js'
import type { CleanReport, LoadReport, WorkerRequest, WorkerResponse } from './protocol.js'

if (!parentPort) throw new Error('news-digest: src/parallel/worker.ts runs only as a worker thread')
const port = parentPort

const kept = new Map<number, LoadedArticle>()

port.on('message', (request: WorkerRequest) => {
  handle(request).then((response) => port.postMessage(response), (error: unknown) => {
    port.postMessage({ type: 'failed', error: error instanceof Error ? error.stack ?? error.message : String(error) } satisfies WorkerResponse)
  })
})

async function handle(request: WorkerRequest): Promise<WorkerResponse> {
  return request.type === 'load' ? load(request.input, request.files) : clean(request)
}

async function load(input: string, files: ReadonlyArray<readonly [number, string]>): Promise<WorkerResponse> {
  const markdown = lazyMarkdownReader()
  const reports: LoadReport[] = []
  for (const [index, relative] of files) {
    const loaded = await loadFile(input, relative, markdown)
    if (loaded.article) kept.set(index, loaded.article)
    reports.push({ index, isArticle: loaded.article !== undefined, messages: messagesOf(loaded.article?.file ?? loaded.failed!) })
  }
  return { type: 'loaded', files: reports, lineCounts: countSharedLines([...kept.values()]) }
}

// Cleaned articles go back in parts as they are done (`request.partSize` each): one message
// of thousands would hold every article twice (here and as its copy) at the end of the phase.
function clean(request: Extract<WorkerRequest, { type: 'clean' }>): WorkerResponse {
  let reports: CleanReport[] = []
  for (const [index, article] of kept) {
    kept.delete(index)
    if (reports.length >= request.partSize) {
      port.postMessage({ type: 'cleaned-part', articles: reports } satisfies WorkerResponse)
      reports = []
    }
    const before = article.file.messages.length
    const id = request.ids.get(index)!
    try {
      const cleaned = cleanArticle(id, article, request.context)
      // The same shape as `cleanAll` in `src/build.ts` gives.
      const result = { id: cleaned.id, file: article.path, ...cleaned.meta, blocks: cleaned.blocks, removed: cleaned.removed, notes: cleaned.notes }
      reports.push({ index, article: result, analysis: analyzeArticle(result), messages: messagesOf(article.file, before) })
    } catch (error) {
      reports.push({ index, error: error instanceof Error ? error.message : String(error), messages: messagesOf(article.file, before) })
    }
  }
  return { type: 'cleaned', articles: reports }
}
