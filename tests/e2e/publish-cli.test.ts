import { spawnSync } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { temporaryFolder } from '../helpers/build-folder.js'

const bin = path.resolve('bin/news-digest.js')
const made: string[] = []

afterAll(async () => {
  for (const folder of made) await fs.rm(folder, { recursive: true, force: true })
})

async function folder(): Promise<string> {
  const created = await temporaryFolder()
  made.push(created)
  return created
}

function run(args: string[]): { code: number | null, stdout: string, stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('news-digest build --base-url', () => {
  it('writes the canonical link and the feed under the given address', async () => {
    const out = path.join(await folder(), 'dist')
    const result = run(['build', '--out', out, '--quiet', '--base-url', 'https://user.github.io/repo'])
    expect(result.code).toBe(0)
    const html = await fs.readFile(path.join(out, 'index.html'), 'utf8')
    expect(html).toContain('<link rel="canonical" href="https:&#x2F;&#x2F;user.github.io&#x2F;repo&#x2F;">')
    expect(await fs.readFile(path.join(out, 'feed.xml'), 'utf8')).toContain('<link rel="self" type="application/atom+xml" href="https://user.github.io/repo/feed.xml"/>')
  })

  it.each([['/repo/'], ['ftp://example.com/'], ['https://example.com/?x=1']])('refuses `%s` with exit code 2 before building', async (value) => {
    const parent = await folder()
    const result = run(['build', '--out', path.join(parent, 'dist'), '--base-url', value])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`Option --base-url: Invalid base URL \`${value}\``)
    expect(result.stderr).toContain('Usage: news-digest')
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(await fs.readdir(parent)).toEqual([])
  })
})
