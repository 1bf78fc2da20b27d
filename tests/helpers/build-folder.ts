import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { type BuildResult, build } from '../../src/index.js'
import type { Digest } from '../../src/index.js'

/** A built folder: the result, and what was written. */
export interface Built {
  readonly result: BuildResult
  readonly digest: Digest
  readonly html: string
  readonly out: string
}

/** A fresh temporary folder, removed by the caller with `fs.rm`. */
export async function temporaryFolder(prefix = 'news-digest-'): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix))
}

/** Write files (`name → contents`) into a fresh input folder and return its path. */
export async function writeInput(files: Record<string, string | Uint8Array>): Promise<string> {
  const folder = await temporaryFolder('news-digest-input-')
  for (const [name, contents] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(folder, name)), { recursive: true })
    await fs.writeFile(path.join(folder, name), contents)
  }
  return folder
}

/** Build `input` into a temporary output folder and read back `digest.json` and `index.html`. */
export async function buildFolder(input: string): Promise<Built> {
  const out = path.join(await temporaryFolder('news-digest-out-'), 'dist')
  const result = await build({ input, out })
  const digest = JSON.parse(await fs.readFile(path.join(out, 'digest.json'), 'utf8')) as Digest
  const html = await fs.readFile(path.join(out, 'index.html'), 'utf8')
  return { result, digest, html, out }
}
