import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { watch } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build } from '../../src/index.js'
import { TemplateError } from '../../src/render/index.js'
import { OutputError, cleanUpAfterKilledBuilds, writeOutput } from '../../src/write.js'
import { temporaryFolder, writeInput } from '../helpers/build-folder.js'
import { generatedArticles } from '../helpers/generated-articles.js'

const bin = path.resolve('bin/news-digest.js')
const made: string[] = []

afterAll(async () => {
  for (const folder of made) await fs.rm(folder, { recursive: true, force: true })
})

async function folder(prefix = 'news-digest-atomic-'): Promise<string> {
  const created = await temporaryFolder(prefix)
  made.push(created)
  return created
}

/** Every file below `root` with its bytes, as `relative path → contents`. */
async function snapshot(root: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  for (const entry of await fs.readdir(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[path.relative(root, path.join(entry.parentPath, entry.name))] = await fs.readFile(path.join(entry.parentPath, entry.name), 'base64')
  }
  return files
}

async function brokenTemplates(): Promise<string> {
  const templates = await folder('news-digest-templates-')
  await fs.copyFile('templates/style.css', path.join(templates, 'style.css'))
  await fs.writeFile(path.join(templates, 'page.html'), '<!DOCTYPE html>\n<title>{{title}}</title>\n{{#timeline}}\n<p>{{text}}</p>\n')
  return templates
}

async function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  await new Promise((resolve) => child.once('exit', resolve))
}

describe('a failed build', () => {
  let parent: string
  let out: string
  let before: Record<string, string>

  beforeAll(async () => {
    parent = await folder()
    out = path.join(parent, 'dist')
    await build({ input: 'seeds', out })
    before = await snapshot(out)
  })

  it('leaves the previous output as it was when a template is broken', async () => {
    const templates = await brokenTemplates()
    await expect(build({ input: 'seeds', out, templates })).rejects.toThrow(TemplateError)
    expect(await snapshot(out)).toEqual(before)
    expect(await fs.readdir(parent)).toEqual(['dist'])
  })

  it('exits 2 from the command line with a message naming the template', async () => {
    const result = spawnSync(process.execPath, [bin, 'build', '--out', out, '--templates', await brokenTemplates()], { encoding: 'utf8' })
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/Cannot use template `[^`]*page\.html`: Unclosed section "timeline" at line 3, column 1\n/)
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(await snapshot(out)).toEqual(before)
    expect(await fs.readdir(parent)).toEqual(['dist'])
  })

  it('stops on an empty page template, and says where a tag is left open', async () => {
    const templates = await brokenTemplates()
    await fs.writeFile(path.join(templates, 'page.html'), ' \n')
    await expect(build({ input: 'seeds', out, templates })).rejects.toThrow(/page\.html`: it is empty$/)
    await fs.writeFile(path.join(templates, 'page.html'), '<!DOCTYPE html>\n<title>{{title}}</title>\n<p>{{text</p>\n')
    await expect(build({ input: 'seeds', out, templates })).rejects.toThrow(/page\.html`: Unclosed tag at line 3, column 4$/)
    // Left open before another tag: Mustache would take everything up to that tag's `}}` for one name.
    await fs.writeFile(path.join(templates, 'page.html'), '<!DOCTYPE html>\n<html lang="{{lang">\n<meta charset="utf-8">\n<title>{{title}}</title>\n')
    await expect(build({ input: 'seeds', out, templates })).rejects.toThrow(/page\.html`: Unclosed tag at line 2, column 13$/)
    expect(await snapshot(out)).toEqual(before)
  })

  it('removes its staging folder when writing a file fails, and keeps the previous output', async () => {
    const failing = () => {
      throw new Error('disk gone')
    }
    await expect(writeOutput(out, [{ path: 'index.html', contents: '<p>new</p>' }, { path: 'digest.json', contents: failing }], 'seeds')).rejects.toThrow('disk gone')
    expect(await fs.readdir(parent)).toEqual(['dist'])
    expect(await snapshot(out)).toEqual(before)
  })

  it('refuses to replace a folder that is not a news-digest output', async () => {
    const foreign = path.join(await folder(), 'site')
    await fs.mkdir(foreign)
    await fs.writeFile(path.join(foreign, 'notes.txt'), 'mine')
    await expect(build({ input: 'seeds', out: foreign })).rejects.toThrow(OutputError)
    expect(await snapshot(foreign)).toEqual({ 'notes.txt': Buffer.from('mine').toString('base64') })
  })
})

describe('an output folder that is not only an earlier output', () => {
  it('is refused when it holds files a build did not write, which it names', async () => {
    const out = path.join(await folder(), 'dist')
    await build({ input: 'seeds', out })
    await fs.writeFile(path.join(out, 'CNAME'), 'news.example.org')
    await fs.mkdir(path.join(out, 'images'))
    await fs.writeFile(path.join(out, 'images', 'logo.png'), 'png')
    const before = await snapshot(out)
    await expect(build({ input: 'seeds', out })).rejects.toThrow(/holds what news-digest did not write \(`CNAME`, `images`\)/)
    expect(await snapshot(out)).toEqual(before)
  })

  it('is refused when its digest.json is not one news-digest wrote', async () => {
    const out = path.join(await folder(), 'data')
    await fs.mkdir(out)
    await fs.writeFile(path.join(out, 'digest.json'), '{"my": "data"}')
    await expect(build({ input: 'seeds', out })).rejects.toThrow(/holds no `digest.json` written by news-digest/)
    expect(await fs.readFile(path.join(out, 'digest.json'), 'utf8')).toBe('{"my": "data"}')
  })

  it('is refused when it is the input folder or holds it, and the articles stay', async () => {
    const project = await folder()
    const input = path.join(project, 'articles')
    await fs.mkdir(input)
    for (const name of await fs.readdir('seeds')) await fs.copyFile(path.join('seeds', name), path.join(input, name))
    // A digest.json beside the articles, as an earlier build into the project folder would leave.
    await fs.writeFile(path.join(project, 'digest.json'), '{\n  "version": 1,\n}')
    const before = await snapshot(project)
    await expect(build({ input, out: project })).rejects.toThrow(/it holds the input folder/)
    await expect(build({ input, out: input })).rejects.toThrow(/it is the input folder/)
    expect(await snapshot(project)).toEqual(before)
  })

  it('inside the input is not read as input: a second build writes the same bytes and reports none of its files', async () => {
    const input = path.join(await folder(), 'articles')
    await fs.cp('seeds', input, { recursive: true })
    const out = path.join(input, 'site')
    const first = await build({ input, out })
    const bytes = await snapshot(out)
    const second = await build({ input, out })
    expect(await snapshot(out)).toEqual(bytes)
    expect(second.files.map((file) => file.path)).toEqual(first.files.map((file) => file.path))
    expect(second.digest.problems.filter((problem) => problem.file.startsWith('site'))).toEqual([])
  })

  it('is taken as empty when it holds only what a file browser leaves', async () => {
    const out = path.join(await folder(), 'fresh')
    await fs.mkdir(out)
    await fs.writeFile(path.join(out, '.DS_Store'), 'Finder')
    await build({ input: 'seeds', out })
    expect(Object.keys(await snapshot(out)).sort()).toEqual(['digest.json', 'feed.xml', 'index.html'])
  })

  it('is refused when it is or holds the current folder', () => {
    const result = spawnSync(process.execPath, [bin, 'build', '--input', path.resolve('seeds'), '--out', '.'], { encoding: 'utf8', cwd: path.resolve('templates') })
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/Refusing to write to `[^`]*templates`: it is the current folder/)
  })

  it('is written where a link points, even before the folder there exists', async () => {
    const parent = await folder()
    const link = path.join(parent, 'site')
    await fs.symlink('releases/current', link)
    await build({ input: 'seeds', out: link })
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true)
    expect(Object.keys(await snapshot(path.join(parent, 'releases', 'current'))).sort()).toEqual(['digest.json', 'feed.xml', 'index.html'])
  })

  it('is written through a link: the folder linked to is replaced and the link stays', async () => {
    const parent = await folder()
    const real = path.join(parent, 'site-2026')
    await build({ input: 'seeds', out: real })
    await fs.rm(path.join(real, 'feed.xml'))
    const link = path.join(parent, 'site')
    await fs.symlink(real, link)
    await build({ input: 'seeds', out: link })
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true)
    expect(Object.keys(await snapshot(real)).sort()).toEqual(['digest.json', 'feed.xml', 'index.html'])
  })

  it('that cannot be written gives a message and exit 2, not a stack trace', () => {
    const result = spawnSync(process.execPath, [bin, 'build', '--out', '/proc/news-digest-output'], { encoding: 'utf8' })
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^news-digest: Cannot write the output folder `\/proc\/news-digest-output`: /)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })
})

describe('a rebuild', () => {
  it('replaces an earlier output whole', async () => {
    const out = path.join(await folder(), 'dist')
    await build({ input: 'seeds', out })
    const first = await snapshot(out)
    await fs.writeFile(path.join(out, 'index.html'), '<p>edited by hand</p>')
    await fs.rm(path.join(out, 'feed.xml'))
    // What a file browser leaves behind is no reason to refuse.
    await fs.writeFile(path.join(out, '.DS_Store'), 'Finder')
    await build({ input: 'seeds', out })
    expect(await snapshot(out)).toEqual(first)
  })

  it('publishes a folder others can read, not a private temporary one', async () => {
    const parent = await folder()
    const out = path.join(parent, 'dist')
    await build({ input: 'seeds', out })
    const ordinary = path.join(parent, 'ordinary')
    await fs.mkdir(ordinary)
    expect((await fs.stat(out)).mode & 0o777).toBe((await fs.stat(ordinary)).mode & 0o777)
  })
})

describe('a killed build', () => {
  // Holds the second output file for a minute before it is written, as a slow disk would: the test
  // kills the build there, with the staging folder half written, at a known point and not by luck.
  // Files are written whole (`writeFile`) or in pieces through a handle (`open`): both count.
  const slowSecondWrite = [
    "import fs from 'node:fs/promises'",
    'const { writeFile, open } = fs',
    'let writes = 0',
    "const pauseAtSecond = async () => { if (++writes === 2) { process.stdout.write('paused\\n'); await new Promise((resolve) => setTimeout(resolve, 60_000)) } }",
    'fs.writeFile = async (...args) => { await pauseAtSecond(); return writeFile(...args) }',
    "fs.open = async (...args) => { if (args[1] === 'w') await pauseAtSecond(); return open(...args) }"
  ].join('\n')

  it('leaves the previous output intact when killed half-way through writing, and the next build cleans up', async () => {
    const parent = await folder()
    const out = path.join(parent, 'dist')
    await build({ input: 'seeds', out })
    const before = await snapshot(out)
    const hook = path.join(await folder(), 'slow-second-write.mjs')
    await fs.writeFile(hook, slowSecondWrite)
    const input = await writeInput({ 'other.md': '---\ntitle: Another story\n---\nThe committee met on Monday and agreed the new timetable for the coming school year.\n' })
    made.push(input)
    const child = spawn(process.execPath, ['--import', hook, bin, 'build', '--input', input, '--out', out, '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] })
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => { if (chunk.toString().includes('paused')) resolve() })
      child.once('exit', (code) => reject(new Error(`the build ended (${code}) before it was killed`)))
    })
    child.kill('SIGKILL')
    await exited(child)
    expect(child.signalCode).toBe('SIGKILL')
    const strays = (await fs.readdir(parent)).filter((name) => name !== 'dist')
    expect(strays).toHaveLength(1)
    expect(strays[0]).toMatch(new RegExp(`^\\.dist-new-${child.pid}-[0-9a-z]+-\\d+$`))
    expect(Object.keys(await snapshot(path.join(parent, strays[0]!)))).toHaveLength(1)
    expect(await snapshot(out)).toEqual(before)

    const result = await build({ input, out })
    expect(result.digest.story.title).toBe('Another story')
    expect(await fs.readdir(parent)).toEqual(['dist'])
    expect(Object.keys(await snapshot(out)).sort()).toEqual(['digest.json', 'feed.xml', 'index.html'])
  }, 30_000)

  it('leaves a complete output whenever a big build is killed as soon as it starts writing', async () => {
    const parent = await folder()
    const out = path.join(parent, 'dist')
    await build({ input: 'seeds', out })
    const before = await snapshot(out)
    const input = await writeInput(generatedArticles(60, 60))
    made.push(input)
    const child = spawn(process.execPath, [bin, 'build', '--input', input, '--out', out, '--quiet'], { stdio: 'ignore' })
    // inotify reports the staging folder as it is made; the kill follows within a millisecond or two.
    const watcher = watch(parent, (_event, name) => {
      if (name?.startsWith('.dist-new-')) child.kill('SIGKILL')
    })
    await exited(child)
    watcher.close()
    const strays = (await fs.readdir(parent)).filter((name) => name !== 'dist')
    if (child.signalCode === 'SIGKILL' && strays.length > 0) {
      // Killed between making the staging folder and swapping it in.
      expect(await snapshot(out)).toEqual(before)
    } else {
      // The build won the race: the output must be the new one, whole.
      expect(child.exitCode ?? child.signalCode).not.toBeNull()
      const digest = JSON.parse(await fs.readFile(path.join(out, 'digest.json'), 'utf8')) as { articles: unknown[] }
      expect(digest.articles).toHaveLength(60)
    }
    await build({ input: 'seeds', out })
    expect(await fs.readdir(parent)).toEqual(['dist'])
    expect(await snapshot(out)).toEqual(before)
  }, 60_000)
})

describe('cleaning up after a build killed between its two renames', () => {
  it('puts the previous output back and removes only the folders of dead builds', async () => {
    const parent = await folder()
    const out = path.join(parent, 'dist')
    const dead = spawnSync(process.execPath, ['-e', '']).pid!
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'ignore' })
    try {
      const retired = path.join(parent, `.dist-new-${dead}-aaaaaaaaaaaa-old`)
      await fs.mkdir(retired)
      await fs.writeFile(path.join(retired, 'digest.json'), '{}')
      await fs.mkdir(path.join(parent, `.dist-new-${dead}-aaaaaaaaaaaa`))
      await fs.mkdir(path.join(parent, `.dist-new-${sleeper.pid}-bbbbbbbbbbbb`))
      await fs.mkdir(path.join(parent, '.other-new-1-cccccccccccc'))
      await cleanUpAfterKilledBuilds(out)
      expect((await fs.readdir(parent)).sort()).toEqual([`.dist-new-${sleeper.pid}-bbbbbbbbbbbb`, '.other-new-1-cccccccccccc', 'dist'])
      expect(await snapshot(out)).toEqual({ 'digest.json': Buffer.from('{}').toString('base64') })
    } finally {
      sleeper.kill('SIGKILL')
      await exited(sleeper)
    }
  })
})
