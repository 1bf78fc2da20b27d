import { execFileSync } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { RefusedFileError, formatBytes, maxArticleBytes, readArticleBytes } from '../../src/load/read.js'
import { temporaryFolder } from '../helpers/build-folder.js'

async function refusal(promise: Promise<unknown>): Promise<RefusedFileError> {
  const error: unknown = await promise.then(() => undefined, (caught: unknown) => caught)
  if (!(error instanceof RefusedFileError)) throw new Error(`expected a RefusedFileError, got ${String(error)}`)
  return error
}

describe('readArticleBytes', () => {
  it('reads a regular file whole', async () => {
    const folder = await temporaryFolder()
    await fs.writeFile(path.join(folder, 'a.md'), 'Storm hits coast\n')
    expect(Buffer.from(await readArticleBytes(path.join(folder, 'a.md'))).toString('utf8')).toBe('Storm hits coast\n')
  })

  it('reads a file of exactly the limit and refuses one byte more, naming both sizes', async () => {
    const folder = await temporaryFolder()
    await fs.writeFile(path.join(folder, 'limit.txt'), 'x'.repeat(2048))
    await fs.writeFile(path.join(folder, 'over.txt'), 'x'.repeat(2049))
    expect((await readArticleBytes(path.join(folder, 'limit.txt'), 2048)).length).toBe(2048)
    const error = await refusal(readArticleBytes(path.join(folder, 'over.txt'), 2048))
    expect(error.ruleId).toBe('file-too-large')
    expect(error.message).toBe('File too large: 2 kB, over the limit of 2 kB per article; split it or leave it out')
  })

  it('refuses a folder and a device without reading them', async () => {
    const folder = await temporaryFolder()
    await fs.mkdir(path.join(folder, 'folder.md'))
    expect((await refusal(readArticleBytes(path.join(folder, 'folder.md')))).message).toContain('it is a folder')
    // /dev/zero never ends: reading it whole would run out of memory.
    const device = await refusal(readArticleBytes('/dev/zero'))
    expect(device.ruleId).toBe('not-a-file')
    expect(device.message).toContain('not a regular file')
  })

  it.skipIf(process.platform === 'win32')('refuses a FIFO at once instead of waiting for a writer', async () => {
    const folder = await temporaryFolder()
    const fifo = path.join(folder, 'pipe.md')
    execFileSync('mkfifo', [fifo])
    expect((await refusal(readArticleBytes(fifo))).ruleId).toBe('not-a-file')
  })

  it('passes other errors on with their code, for the caller to word', async () => {
    const folder = await temporaryFolder()
    await fs.symlink('loop-b.md', path.join(folder, 'loop-a.md'))
    await fs.symlink('loop-a.md', path.join(folder, 'loop-b.md'))
    await expect(readArticleBytes(path.join(folder, 'loop-a.md'))).rejects.toMatchObject({ code: 'ELOOP' })
  })

  it('has a limit of 10 MB', () => {
    expect(maxArticleBytes).toBe(10 * 1024 * 1024)
    expect(formatBytes(maxArticleBytes)).toBe('10 MB')
  })
})

describe('formatBytes', () => {
  it('prints bytes, kB and MB with at most one decimal', () => {
    expect([formatBytes(0), formatBytes(1023), formatBytes(1536), formatBytes(52428868)]).toEqual(['0 bytes', '1023 bytes', '1.5 kB', '50 MB'])
  })
})
