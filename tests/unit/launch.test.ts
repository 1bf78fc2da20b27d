import { execFileSync } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { commandLineV8Flags, flagsToSet, runWithCodeCache } from '../../src/cli/launch.js'
import { isWorthCaching } from '../../src/cli/main.js'
import { temporaryFolder } from '../helpers/build-folder.js'

// V8 also keeps compiled code per process: whether a cache on disk is taken shows only in a new process.
const launcher = path.resolve('lib/cli/launch.js')

/** Run `file` with its cache in a new Node process, save the cache, and say what became of it. */
function runInNewProcess(file: string, cacheFolder: string): { cache: string, twice: number } {
  const script = `import { runWithCodeCache } from ${JSON.stringify(launcher)}
const loaded = runWithCodeCache(${JSON.stringify(file)}, ${JSON.stringify(cacheFolder)})
loaded.save()
console.log(JSON.stringify({ cache: loaded.cache, twice: loaded.exports.twice(21) }))`
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '--eval', script], { encoding: 'utf8' })) as { cache: string, twice: number }
}

const made: string[] = []

afterEach(async () => {
  for (const folder of made.splice(0)) await fs.rm(folder, { recursive: true, force: true })
})

interface Sample {
  readonly twice: (value: number) => number
  readonly separator: string
  readonly filename: string
}

/** A small CommonJS module that uses `require`, `module` and `__filename`, and its cache folder. */
async function sampleModule(body = ''): Promise<{ file: string, cacheFolder: string }> {
  const folder = await temporaryFolder('news-digest-launch-')
  made.push(folder)
  const file = path.join(folder, 'sample.cjs')
  await fs.writeFile(file, `${body}\nmodule.exports = { twice: (value) => value * 2, separator: require('node:path').sep, filename: __filename }\n`)
  return { file, cacheFolder: path.join(folder, '.code-cache') }
}

async function cacheFiles(folder: string): Promise<string[]> {
  return fs.readdir(folder).catch(() => [])
}

describe('runWithCodeCache', () => {
  it('runs a module without a cache, saves one, and takes it on the next run', async () => {
    const { file, cacheFolder } = await sampleModule()
    const first = runWithCodeCache(file, cacheFolder)!
    expect(first.cache).toBe('absent')
    const exports = first.exports as Sample
    expect([exports.twice(21), exports.separator, exports.filename]).toEqual([42, path.sep, file])
    first.save()
    expect(await cacheFiles(cacheFolder)).toEqual([expect.stringMatching(/^sample\.cjs-[0-9a-f]{8}\.cache$/)])
    // Node's flags are part of the key: the new processes (run alike) share a cache, not this one's.
    expect(runInNewProcess(file, cacheFolder)).toEqual({ cache: 'absent', twice: 42 })
    expect(runInNewProcess(file, cacheFolder)).toEqual({ cache: 'accepted', twice: 42 })
    expect(await cacheFiles(cacheFolder)).toHaveLength(2)
  })

  it('compiles as usual when the cache is damaged, and replaces it', async () => {
    const { file, cacheFolder } = await sampleModule()
    expect(runInNewProcess(file, cacheFolder)).toEqual({ cache: 'absent', twice: 42 })
    const [name] = await cacheFiles(cacheFolder)
    await fs.writeFile(path.join(cacheFolder, name!), 'not a code cache')
    expect(runInNewProcess(file, cacheFolder)).toEqual({ cache: 'rejected', twice: 42 })
    expect(runInNewProcess(file, cacheFolder)).toEqual({ cache: 'accepted', twice: 42 })
  })

  it('does not take the cache of an earlier version of the file', async () => {
    const { file, cacheFolder } = await sampleModule()
    runInNewProcess(file, cacheFolder)
    // Same length, other code: V8's own check looks at the length only; the key also has the file's time.
    await fs.writeFile(file, (await fs.readFile(file, 'utf8')).replace('value * 2', 'value + 2'))
    await fs.utimes(file, new Date(), new Date(Date.now() + 5000))
    expect(runInNewProcess(file, cacheFolder)).toEqual({ cache: 'absent', twice: 23 })
    expect(await cacheFiles(cacheFolder)).toHaveLength(2)
  })

  it('keeps the four newest caches of a file, one per way of running node', async () => {
    const { file, cacheFolder } = await sampleModule()
    await fs.mkdir(cacheFolder)
    const old = ['sample.cjs-00000001.cache', 'sample.cjs-00000002.cache', 'sample.cjs-00000003.cache', 'sample.cjs-00000004.cache']
    for (const [index, name] of old.entries()) {
      await fs.writeFile(path.join(cacheFolder, name), 'old')
      await fs.utimes(path.join(cacheFolder, name), 1_000_000 + index, 1_000_000 + index)
    }
    await fs.writeFile(path.join(cacheFolder, 'other.cjs-00000001.cache'), 'another file')
    runWithCodeCache(file, cacheFolder)!.save()
    const kept = await cacheFiles(cacheFolder)
    expect(kept).toHaveLength(5)
    expect(kept).not.toContain('sample.cjs-00000001.cache')
    expect(kept).toContain('other.cjs-00000001.cache')
  })

  it('runs without saving when the cache folder cannot be written', async () => {
    const { file } = await sampleModule()
    // A folder below a regular file can never be made.
    const unwritable = path.join(file, 'cache')
    const loaded = runWithCodeCache(file, unwritable)!
    expect(() => loaded.save()).not.toThrow()
    expect((loaded.exports as Sample).twice(1)).toBe(2)
  })

  it('gives undefined for a file that is not there', async () => {
    const { cacheFolder } = await sampleModule()
    expect(runWithCodeCache(path.join(cacheFolder, 'missing.cjs'), cacheFolder)).toBeUndefined()
  })
})

describe('flagsToSet', () => {
  it('sets every flag node was not given', () => {
    expect(flagsToSet([], '')).toEqual([...commandLineV8Flags])
    expect(flagsToSet(['--max-old-space-size=4096'], '--enable-source-maps')).toEqual([...commandLineV8Flags])
  })

  it('leaves a flag the user gave, in either spelling and either way round', () => {
    expect(flagsToSet(['--regexp-tier-up'])).toEqual(['--heap-growing-percent=40'])
    expect(flagsToSet([], '--heap_growing_percent=100')).toEqual(['--no-regexp-tier-up'])
    expect(flagsToSet(['--no-regexp-tier-up'], '--heap-growing-percent=25')).toEqual([])
  })
})

describe('isWorthCaching', () => {
  it('keeps the compiled code of builds and watch mode only', () => {
    expect(isWorthCaching(['build'], 0)).toBe(true)
    expect(isWorthCaching([], 0)).toBe(true)
    expect(isWorthCaching(['build', '--input', 'x'], 1)).toBe(true)
    expect(isWorthCaching(['watch', '--serve'], 0)).toBe(true)
  })

  it('not of runs that compiled almost nothing: help, version, usage errors, refused builds', () => {
    expect(isWorthCaching(['--version'], 0)).toBe(false)
    expect(isWorthCaching(['--help'], 0)).toBe(false)
    expect(isWorthCaching(['--no-such-option'], 2)).toBe(false)
    expect(isWorthCaching(['build', '--input', 'missing'], 2)).toBe(false)
  })
})
