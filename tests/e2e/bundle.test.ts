import { spawnSync } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { build } from '../../src/index.js'
import { temporaryFolder, writeInput } from '../helpers/build-folder.js'

// The command runs from lib/news-digest.cjs, a bundle made by scripts/bundle.mjs (run by `pretest`).
const bin = path.resolve('bin/news-digest.js')
const codeCache = path.resolve('lib/.code-cache')
const made: string[] = []

afterAll(async () => {
  for (const folder of made) await fs.rm(folder, { recursive: true, force: true })
})

async function readTree(root: string): Promise<Record<string, string>> {
  const names = (await fs.readdir(root, { recursive: true })).sort()
  const files: Record<string, string> = {}
  for (const name of names) {
    const full = path.join(root, name)
    if ((await fs.stat(full)).isFile()) files[name] = await fs.readFile(full, 'utf8')
  }
  return files
}

/** Build `input` once with the command (the bundle) and once with `build()` (the sources). */
async function bothWays(input: string): Promise<{ command: Record<string, string>, library: Record<string, string>, code: number | null }> {
  const root = await temporaryFolder('news-digest-bundle-')
  made.push(root)
  const run = spawnSync(process.execPath, [bin, 'build', '--input', input, '--out', path.join(root, 'command'), '--quiet'], { encoding: 'utf8' })
  await build({ input, out: path.join(root, 'library') })
  return { command: await readTree(path.join(root, 'command')), library: await readTree(path.join(root, 'library')), code: run.status }
}

describe('the bundled command line', () => {
  it('writes the same files as the library on the seeds', async () => {
    const { command, library, code } = await bothWays('seeds')
    expect(code).toBe(0)
    expect(Object.keys(command)).toEqual(['digest.json', 'feed.xml', 'index.html'])
    expect(command).toEqual(library)
  })

  it('writes the same files as the library from markdown with front matter, links and lists', async () => {
    const input = await writeInput({
      'a.md': '---\ntitle: Tram line opens\nsource: The Courier\ndate: 2025-11-03\n---\nThe **tram line** opened on Monday, [the council](https://example.org/council) said.\n\n- first stop\n- second stop\n\nAdvertisement\n\nThe line cost £40m, officials said on Tuesday.\n',
      'b.txt': 'The tram line opened on Monday after two years of work.\n\nSign up for our newsletter\n'
    })
    made.push(input)
    const { command, library, code } = await bothWays(input)
    expect(code).toBe(0)
    expect(command['index.html']).toContain('<strong>tram line</strong>')
    expect(command).toEqual(library)
  })

  it('runs in strict mode, as the ES modules it is made of did', async () => {
    // A banner before esbuild's own "use strict" would end the directive prologue and leave the bundle sloppy.
    const bundle = await fs.readFile(path.resolve('lib/news-digest.cjs'), 'utf8')
    expect(bundle.startsWith("'use strict';")).toBe(true)
  })

  it('keeps a code cache for the next start after a build', async () => {
    const out = path.join(await temporaryFolder('news-digest-bundle-'), 'dist')
    made.push(path.dirname(out))
    const run = spawnSync(process.execPath, [bin, 'build', '--out', out, '--quiet'], { encoding: 'utf8' })
    expect(run.status).toBe(0)
    expect(await fs.readdir(codeCache)).toContainEqual(expect.stringMatching(/^news-digest\.cjs-[0-9a-f]{8}\.cache$/))
  })
})
