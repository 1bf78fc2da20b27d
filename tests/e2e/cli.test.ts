import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { temporaryFolder, writeInput } from '../helpers/build-folder.js'

const bin = path.resolve('bin/news-digest.js')

function run(args: string[]): { code: number | null, stdout: string, stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('the news-digest command', () => {
  it('ends quietly when the reader of its output stops early (`--explain | head`)', async () => {
    const out = path.join(await temporaryFolder(), 'dist')
    const child = spawn(process.execPath, [bin, 'build', '--explain', '--input', 'tests/fixtures/cleaning/corpus', '--out', out], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8') })
    // Read the first piece, then close the pipe as `head` does.
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /)
    expect(code).toBe(0)
  })

  it('prints help and the version with exit code 0', async () => {
    expect(run(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: news-digest') })
    const { version } = JSON.parse(await fs.readFile('package.json', 'utf8')) as { version: string }
    expect(run(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` })
  })

  it('exits 2 with a message, not a stack trace, on bad usage', () => {
    const unknown = run(['build', '--colour'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('news-digest: Unknown option `--colour`\n')
    expect(unknown.stderr).not.toMatch(/\n\s+at /)
    expect(run(['publish']).code).toBe(2)
    expect(run(['build', '--quite']).stderr).toContain('Unknown option `--quite`; did you mean `--quiet`?')
    expect(run(['build', '--quet']).stderr).toContain('did you mean `--quiet`?')
    expect(run(['build', '--output', 'x']).stderr).toContain('Unknown option `--output`; did you mean `--out`?')
    expect(run(['build', '--input'])).toMatchObject({ code: 2, stderr: expect.stringContaining('Option --input needs a value') })
    expect(run(['build', '--quiet=yes'])).toMatchObject({ code: 2, stderr: expect.stringContaining('Option --quiet takes no value') })
    expect(run(['build', '--title', '   '])).toMatchObject({ code: 2, stderr: expect.stringContaining('Option --title needs a value') })
  })

  it('exits 2 when the input folder does not exist', async () => {
    const out = path.join(await temporaryFolder(), 'dist')
    const result = run(['build', '--input', '/nonexistent/articles', '--out', out])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Input folder `/nonexistent/articles` not found')
  })

  it('builds the other files and exits 1 when one file cannot be processed', async () => {
    const input = await writeInput({
      'good.md': '---\ntitle: A good article\n---\nThe council met on Tuesday and approved the budget for the coming year after a long debate.\n',
      'broken.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01])
    })
    const out = path.join(await temporaryFolder(), 'dist')
    const result = run(['build', '--input', input, '--out', out])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/broken\.txt[\s\S]*binary data/)
    const digest = JSON.parse(await fs.readFile(path.join(out, 'digest.json'), 'utf8')) as { articles: Array<{ title: string }> }
    expect(digest.articles.map((item) => item.title)).toEqual(['A good article'])
  })

  it('reports malformed front matter as file:line:column and still builds the article', async () => {
    const input = await writeInput({ 'a.md': '---\ntitle: ok\nauthor: [unclosed\n---\nBody text of the article, long enough to be a paragraph of prose here.\n' })
    const out = path.join(await temporaryFolder(), 'dist')
    const result = run(['build', '--input', input, '--out', out])
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(/a\.md\s*\n?\s*\d+:\d+/)
    expect(result.stderr).toContain('front-matter-yaml')
  })

  it('prints every removal with its rule under --explain', async () => {
    const out = path.join(await temporaryFolder(), 'dist')
    const result = run(['build', '--input', 'seeds', '--out', out, '--explain', '--quiet'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('003_6ac93d55cc9a558f.txt:11  repeat-exact')
    expect(result.stdout).toContain('writing-tool-leftover')
  })
})
