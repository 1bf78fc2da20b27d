import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { VFile } from 'vfile'
// The compiled modules: worker threads run `lib/parallel/worker.js`, which the TypeScript sources do not provide.
import { type ArticleCache, prepareBuild } from '../../lib/build.js'
import { cleanArticle } from '../../lib/clean/index.js'
import { build } from '../../lib/index.js'
import { loadArticles } from '../../lib/load/index.js'
import { resolveOptions } from '../../lib/options.js'
import { loadAndCleanInWorkers } from '../../lib/parallel/index.js'
import { temporaryFolder, writeInput } from '../helpers/build-folder.js'

const places = ['Northgate', 'Eastvale', 'Westbrook', 'Ashford', 'Redfield', 'Pinecrest', 'Harbourside']
const wire = 'The harbour board said the repairs to the main span would cost about 40 million and take at least six months, according to a statement released on Tuesday.'

function article(index: number): string {
  const place = places[index % places.length]!
  const lines = [
    '---',
    `title: "Bridge repairs, part ${index}"`,
    `source: Outlet ${index % 13}`,
    `date: 2025-10-${String(10 + (index % 15)).padStart(2, '0')}`,
    '---',
    'Share this article',
    `Inspectors found ${index + 3} cracks in the bridge over ${place} on 3 October, the city council said.`,
    `Residents of ${place} said they had not been told about the closure until ${index % 9 + 2} days later.`,
    'Advertisement',
    index % 10 === 0 ? wire : `Engineer number ${index} told reporters that the work in ${place} was going to plan.`,
    `The ferry service between the banks began on 27 October and carries ${index * 7 + 100} people a day.`,
    `Sign up for our newsletter in your inbox every morning.`,
    `A survey of ${index + 40} commuters in ${place} found that most supported the repairs.`,
    // Weak evidence alone; in two articles, which the two threads load one each, it is boilerplate only once their counts are added up.
    ...(index === 5 || index === 6 ? ['Follow the story', `The council will meet again in ${place} next month to review the plans.`] : []),
    `Inspectors found ${index + 3} cracks in the bridge over ${place} on 3 October, the city council said.`
  ]
  return `${lines.join('\n')}\n`
}

function messagesOf(files: readonly VFile[]): unknown[] {
  return files.map((file) => ({ path: file.path, messages: file.messages.map((message) => [message.reason, message.line, message.column, message.ruleId, message.fatal]) }))
}

describe('loading and cleaning on worker threads', () => {
  let input: string
  const outputs: string[] = []

  beforeAll(async () => {
    const files: Record<string, string | Uint8Array> = {}
    for (let index = 0; index < 230; index++) files[`article-${String(index).padStart(3, '0')}.${index % 4 === 0 ? 'md' : 'txt'}`] = article(index)
    // Edge cases the threads must report as one thread does: a binary file, a file that is no article, two files with one id.
    files['broken.txt'] = new Uint8Array([0x47, 0x49, 0x46, 0x00, 0x01])
    files['photo.png'] = new Uint8Array([0x89, 0x50])
    files['twice.md'] = article(1000)
    files['twice.txt'] = article(1001)
    input = await writeInput(files)
  }, 30_000)

  afterAll(async () => {
    await Promise.all([input, ...outputs].map((folder) => fs.rm(folder, { recursive: true, force: true })))
  })

  // build() goes parallel only where the machine has two cores or more: elsewhere this would compare one thread with itself.
  it.skipIf(os.availableParallelism() < 2)('builds the same digest and messages as one thread does', async () => {
    const [first, second] = [await temporaryFolder(), await temporaryFolder()]
    outputs.push(first, second)
    const parallel = await build({ input, out: path.join(first, 'dist') })
    // A watch cache that caches nothing takes the single-thread path.
    const passThrough: ArticleCache = { loadArticles, cleanArticle }
    const single = await prepareBuild(resolveOptions({ input, out: path.join(second, 'dist') }), passThrough)
    expect(parallel.digest.articles).toHaveLength(232)
    expect(parallel.digest).toEqual(single.result.digest)
    expect(messagesOf(parallel.files)).toEqual(messagesOf(single.result.files))
    expect(parallel.digest.problems.map((problem) => problem.rule)).toEqual(expect.arrayContaining(['not-text', 'not-an-article', 'duplicate-id']))
    const removedLines = (file: string): string[] => parallel.digest.articles.find((item) => item.file === file)!.removed.map((removal) => removal.text)
    expect(removedLines('article-005.txt')).toContain('Follow the story')
    expect(removedLines('article-006.txt')).toContain('Follow the story')
  }, 60_000)

  it('gives the same articles and analysis when the workers send them back in many small parts', async () => {
    const assignIds = (articles: ReadonlyArray<{ readonly path: string }>): string[] => articles.map((item) => item.path)
    const whole = await loadAndCleanInWorkers(input, { assignIds }, { threads: 2 })
    const parts = await loadAndCleanInWorkers(input, { assignIds }, { threads: 2, partSize: 7 })
    expect(parts!.articles.map((article) => article.id)).toEqual(whole!.articles.map((article) => article.id))
    expect(parts!.articles).toEqual(whole!.articles)
    expect(parts!.analyzed).toEqual(whole!.analyzed)
    expect(parts!.analyzed.size).toBe(232)
  }, 60_000)

  it('uses the threads for many files and leaves few files to the caller', async () => {
    const assignIds = (articles: ReadonlyArray<{ readonly path: string }>): string[] => articles.map((item) => item.path)
    const many = await loadAndCleanInWorkers(input, { assignIds }, { threads: 2 })
    expect(many?.articles).toHaveLength(232)
    expect(many?.files).toHaveLength(234)
    expect(await loadAndCleanInWorkers(input, { assignIds }, { threads: 2, minFiles: 1000 })).toBeUndefined()
    expect(await loadAndCleanInWorkers(input, { assignIds }, { threads: 1 })).toBeUndefined()
  }, 60_000)
})
