import fs from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { prepareBuild } from '../../src/build.js'
import { resolveOptions } from '../../src/options.js'
import { createWatchCache } from '../../src/watch/cache.js'
import type { OutputFile } from '../../src/write.js'
import { temporaryFolder, writeInput } from '../helpers/build-folder.js'

const body = (topic: string): string => `Crews closed the ${topic} on Tuesday after inspectors found cracks in a support beam, and the council said repairs would take at least three weeks.`

/** The whole text of an output file, made now if it comes in pieces. */
const textOf = (file: OutputFile): string => (typeof file.contents === 'string' ? file.contents : [...file.contents()].join(''))

/** Build `input` with the cache and without, and check both give the same digest and messages. */
async function buildBothWays(input: string, cache: ReturnType<typeof createWatchCache>, changed: readonly string[] = []) {
  const resolved = resolveOptions({ input, out: path.join(await temporaryFolder(), 'dist') })
  cache.invalidate(changed)
  const cached = await prepareBuild(resolved, cache)
  const fresh = await prepareBuild(resolved)
  const texts = (output: typeof cached.output) => output.map((file) => [file.path, textOf(file)])
  expect(texts(cached.output)).toEqual(texts(fresh.output))
  expect(cached.result.files.map((file) => [file.path, file.messages.map((message) => message.reason)]))
    .toEqual(fresh.result.files.map((file) => [file.path, file.messages.map((message) => message.reason)]))
  return { cached, work: cache.lastWork() }
}

describe('the watch cache', () => {
  it('reads and cleans only the edited article', async () => {
    const input = await writeInput({ 'a.md': `# Bridge\n\n${body('bridge')}\n`, 'b.md': `${body('pier')}\n`, 'c.txt': `${body('terminal')}\n` })
    const cache = createWatchCache()
    expect((await buildBothWays(input, cache)).work).toEqual({ read: 3, cleaned: 3 })
    await fs.writeFile(path.join(input, 'b.md'), `${body('east pier')}\n`)
    expect((await buildBothWays(input, cache, ['b.md'])).work).toEqual({ read: 1, cleaned: 1 })
    expect((await buildBothWays(input, cache)).work).toEqual({ read: 0, cleaned: 0 })
  })

  it('keeps an article whose file was saved without changes', async () => {
    const input = await writeInput({ 'a.md': `${body('bridge')}\n`, 'b.md': `${body('pier')}\n` })
    const cache = createWatchCache()
    await buildBothWays(input, cache)
    await fs.writeFile(path.join(input, 'a.md'), `${body('bridge')}\n`)
    expect((await buildBothWays(input, cache, ['a.md'])).work).toEqual({ read: 0, cleaned: 0 })
  })

  it('cleans an unchanged article again when its id changes, and reports the duplicate id once', async () => {
    const input = await writeInput({ 'a/b.md': `${body('bridge')}\n`, 'c.md': `${body('pier')}\n`, 'z.md': `${body('rail yard')}\n` })
    const cache = createWatchCache()
    await buildBothWays(input, cache)
    // Renamed to `a-b.md`, it sorts first and takes the id `a-b`, so `a/b.md` becomes `a-b-2`.
    await fs.rename(path.join(input, 'z.md'), path.join(input, 'a-b.md'))
    const { cached } = await buildBothWays(input, cache, ['z.md', 'a-b.md'])
    expect(cached.result.digest.articles.map((article) => article.id)).toEqual(['a-b', 'a-b-2', 'c'])
    const second = await buildBothWays(input, cache)
    expect(second.cached.result.digest.problems.filter((problem) => problem.rule === 'duplicate-id')).toHaveLength(1)
  })

  it('cleans an unchanged article again when a line it has starts or stops repeating in another article', async () => {
    const signUp = 'Sign up for our morning newsletter'
    const input = await writeInput({
      'a.md': `${signUp}\n\n${body('bridge')}\n\nRead more: city news\n`,
      'b.md': `${body('pier')}\n`,
      'c.md': `${body('terminal')}\n`
    })
    const cache = createWatchCache()
    await buildBothWays(input, cache)
    await fs.writeFile(path.join(input, 'b.md'), `${signUp}\n\n${body('pier')}\n\nRead more: city news\n`)
    expect((await buildBothWays(input, cache, ['b.md'])).work).toEqual({ read: 1, cleaned: 2 })
    await fs.writeFile(path.join(input, 'b.md'), `${body('pier')}\n`)
    expect((await buildBothWays(input, cache, ['b.md'])).work).toEqual({ read: 1, cleaned: 2 })
  })

  it('reads every file below a changed folder', async () => {
    const input = await writeInput({ 'sub/a.md': `${body('bridge')}\n`, 'b.md': `${body('pier')}\n` })
    const cache = createWatchCache()
    await buildBothWays(input, cache)
    await fs.writeFile(path.join(input, 'sub', 'a.md'), `${body('east bridge')}\n`)
    expect((await buildBothWays(input, cache, ['sub'])).work).toEqual({ read: 1, cleaned: 1 })
  })

  it('reports a file that became unreadable and recovers when it is repaired', async () => {
    const input = await writeInput({ 'a.txt': `${body('bridge')}\n`, 'b.md': `${body('pier')}\n` })
    const cache = createWatchCache()
    await buildBothWays(input, cache)
    await fs.writeFile(path.join(input, 'a.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]))
    const broken = await buildBothWays(input, cache, ['a.txt'])
    expect(broken.cached.result.hasFatal).toBe(true)
    await fs.writeFile(path.join(input, 'a.txt'), `${body('bridge')}\n`)
    const repaired = await buildBothWays(input, cache, ['a.txt'])
    expect(repaired.cached.result.hasFatal).toBe(false)
  })
})
