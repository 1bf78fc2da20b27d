import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { build, type Digest } from '../../src/index.js'
import { type WatchEvent, type Watching, watch } from '../../src/watch/index.js'
import { temporaryFolder, writeInput } from '../helpers/build-folder.js'

const bin = path.resolve('bin/news-digest.js')
const timeout = 10_000

const article = (title: string, body: string): string => `---\ntitle: ${title}\nsource: Harbour Courier\ndate: 2025-03-0${1 + (title.length % 8)}\n---\n${body}\n`
const paragraph = (topic: string): string => `Crews closed the ${topic} on Tuesday after inspectors found cracks in a support beam, and the council said repairs would take at least three weeks.`

/** Poll `until` every 10 ms until it gives a value, or fail after `timeout` ms saying what was awaited. */
async function eventually<T>(what: string, until: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeout
  for (;;) {
    const value = await until()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

async function readDigest(out: string): Promise<{ readonly text: string, readonly digest: Digest } | undefined> {
  try {
    const text = await fs.readFile(path.join(out, 'digest.json'), 'utf8')
    return { text, digest: JSON.parse(text) as Digest }
  } catch {
    return undefined // between the two renames of an output swap
  }
}

/** Wait until `digest.json` differs from `previous` and satisfies `test`. */
async function nextDigest(out: string, previous: string, test: (digest: Digest) => boolean): Promise<{ readonly text: string, readonly digest: Digest }> {
  return eventually('a rebuilt digest.json', async () => {
    const read = await readDigest(out)
    return read && read.text !== previous && test(read.digest) ? read : undefined
  })
}

/** The output of a normal build of the same folder, which watch mode must match byte for byte. */
async function normalBuild(input: string): Promise<{ readonly json: string, readonly html: string }> {
  const out = path.join(await temporaryFolder('news-digest-reference-'), 'dist')
  await build({ input, out })
  return { json: await fs.readFile(path.join(out, 'digest.json'), 'utf8'), html: await fs.readFile(path.join(out, 'index.html'), 'utf8') }
}

async function expectSameAsNormalBuild(input: string, out: string): Promise<void> {
  const reference = await normalBuild(input)
  expect(await fs.readFile(path.join(out, 'digest.json'), 'utf8')).toBe(reference.json)
  expect(await fs.readFile(path.join(out, 'index.html'), 'utf8')).toBe(reference.html)
}

const titles = (digest: Digest): string[] => digest.articles.map((item) => item.title)

describe('watch()', () => {
  let watching: Watching | undefined
  afterEach(async () => {
    await watching?.close()
    watching = undefined
  })

  it('rebuilds on edit, add, break, repair, delete and atomic save, keeping the last good output after a bad edit', async () => {
    const input = await writeInput({
      'alpha.md': article('Alpha bridge closed', paragraph('harbour bridge')),
      'beta.txt': article('Beta ferry delayed', paragraph('ferry terminal'))
    })
    const out = path.join(await temporaryFolder(), 'dist')
    const events: WatchEvent[] = []
    watching = await watch({ input, out, onEvent: (event) => events.push(event) })
    let current = (await readDigest(out))!
    expect(titles(current.digest)).toEqual(['Alpha bridge closed', 'Beta ferry delayed'])
    await expectSameAsNormalBuild(input, out)

    // Edit a title in the front matter.
    await fs.writeFile(path.join(input, 'alpha.md'), article('Alpha bridge reopens', paragraph('harbour bridge')))
    current = await nextDigest(out, current.text, (digest) => titles(digest).includes('Alpha bridge reopens'))
    await expectSameAsNormalBuild(input, out)
    const edit = events.at(-1)!
    expect(edit).toMatchObject({ type: 'built', read: 1, cleaned: 1 })

    // Add a source.
    await fs.writeFile(path.join(input, 'gamma.md'), article('Gamma rail yard', paragraph('rail yard')))
    current = await nextDigest(out, current.text, (digest) => digest.articles.length === 3)
    expect(titles(current.digest)).toEqual(['Alpha bridge reopens', 'Beta ferry delayed', 'Gamma rail yard'])
    await expectSameAsNormalBuild(input, out)

    // Break the front matter: reported, the last good output stays.
    const heldBefore = events.filter((event) => event.type === 'held').length
    await fs.writeFile(path.join(input, 'beta.txt'), `---\ntitle: [Beta ferry\n---\n${paragraph('ferry terminal')}\n`)
    await eventually('a held build', async () => (events.filter((event) => event.type === 'held').length > heldBefore ? true : undefined))
    const held = events.at(-1)!
    expect(held.type).toBe('held')
    expect(held.type === 'held' && held.reason).toMatch(/beta\.txt[\s\S]*Cannot read front matter[\s\S]*front-matter-yaml/)
    expect((await readDigest(out))!.text).toBe(current.text)

    // Repair it: the next good save recovers.
    await fs.writeFile(path.join(input, 'beta.txt'), article('Beta ferry back', paragraph('ferry terminal')))
    current = await nextDigest(out, current.text, (digest) => titles(digest).includes('Beta ferry back'))
    expect(current.digest.problems.filter((problem) => problem.rule.startsWith('front-matter'))).toEqual([])
    await expectSameAsNormalBuild(input, out)

    // Delete a source.
    await fs.rm(path.join(input, 'gamma.md'))
    current = await nextDigest(out, current.text, (digest) => digest.articles.length === 2)
    await expectSameAsNormalBuild(input, out)

    // An editor's atomic save: write a temporary file, rename it over the original.
    await fs.writeFile(path.join(input, '.alpha.md.swp'), article('Alpha bridge saved atomically', paragraph('harbour bridge')))
    await fs.rename(path.join(input, '.alpha.md.swp'), path.join(input, 'alpha.md'))
    current = await nextDigest(out, current.text, (digest) => titles(digest).includes('Alpha bridge saved atomically'))
    await expectSameAsNormalBuild(input, out)

    // An unreadable file (binary content): held back, then deleting it recovers.
    await fs.writeFile(path.join(input, 'photo.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]))
    await eventually('a held build for the binary file', async () => {
      const last = events.at(-1)
      return last?.type === 'held' && last.reason.includes('photo.txt') ? true : undefined
    })
    expect((await readDigest(out))!.text).toBe(current.text)
    await fs.writeFile(path.join(input, 'alpha.md'), article('Alpha bridge final', paragraph('harbour bridge')))
    await fs.rm(path.join(input, 'photo.txt'))
    current = await nextDigest(out, current.text, (digest) => titles(digest).includes('Alpha bridge final'))
    await expectSameAsNormalBuild(input, out)
  }, 60_000)

  it('goes on after the input folder is deleted and made again, or moved away and back', async () => {
    const input = await writeInput({ 'alpha.md': article('Alpha bridge closed', paragraph('harbour bridge')) })
    const out = path.join(await temporaryFolder(), 'dist')
    const events: WatchEvent[] = []
    watching = await watch({ input, out, onEvent: (event) => events.push(event) })
    let current = (await readDigest(out))!
    await fs.rm(input, { recursive: true })
    await eventually('the build held for the missing folder', async () => (events.some((event) => event.type === 'held') ? true : undefined))
    await fs.mkdir(input)
    await fs.writeFile(path.join(input, 'beta.md'), article('Beta ferry delayed', paragraph('ferry terminal')))
    current = await nextDigest(out, current.text, (digest) => titles(digest).join() === 'Beta ferry delayed')
    // Watched again: a later edit is seen.
    await fs.writeFile(path.join(input, 'beta.md'), article('Beta ferry sails', paragraph('ferry terminal')))
    current = await nextDigest(out, current.text, (digest) => titles(digest).join() === 'Beta ferry sails')
    const away = `${input}-away`
    await fs.rename(input, away)
    await eventually('a second held build', async () => (events.filter((event) => event.type === 'held').length >= 2 ? true : undefined))
    await fs.rename(away, input)
    await fs.writeFile(path.join(input, 'gamma.md'), article('Gamma quay repaired', paragraph('quay wall')))
    current = await nextDigest(out, current.text, (digest) => titles(digest).includes('Gamma quay repaired'))
    await expectSameAsNormalBuild(input, out)
  }, 30_000)

  it('follows an input folder that is a link when the link comes to point elsewhere', async () => {
    const releases = await temporaryFolder('news-digest-releases-')
    await fs.cp(await writeInput({ 'alpha.md': article('Alpha bridge closed', paragraph('harbour bridge')) }), path.join(releases, 'v1'), { recursive: true })
    await fs.cp(await writeInput({ 'beta.md': article('Beta ferry delayed', paragraph('ferry terminal')) }), path.join(releases, 'v2'), { recursive: true })
    const input = path.join(releases, 'current')
    await fs.symlink('v1', input)
    const out = path.join(await temporaryFolder(), 'dist')
    watching = await watch({ input, out })
    let current = (await readDigest(out))!
    expect(titles(current.digest)).toEqual(['Alpha bridge closed'])
    // Repointed the way deploy scripts do it: a new link renamed over the old one.
    await fs.symlink('v2', `${input}.next`)
    await fs.rename(`${input}.next`, input)
    current = await nextDigest(out, current.text, (digest) => titles(digest).join() === 'Beta ferry delayed')
    await fs.writeFile(path.join(releases, 'v2', 'beta.md'), article('Beta ferry sails', paragraph('ferry terminal')))
    current = await nextDigest(out, current.text, (digest) => titles(digest).join() === 'Beta ferry sails')
    await expectSameAsNormalBuild(input, out)
  }, 30_000)

  it('does not rebuild on its own output when the output folder is a link into the input', async () => {
    const input = await writeInput({ 'alpha.md': article('Alpha bridge closed', paragraph('harbour bridge')) })
    const out = path.join(await temporaryFolder(), 'site-link')
    await fs.symlink(path.join(input, 'site'), out)
    const events: WatchEvent[] = []
    watching = await watch({ input, out, onEvent: (event) => events.push(event) })
    await new Promise((resolve) => setTimeout(resolve, 800))
    expect(events.map((event) => event.type)).toEqual(['built'])
  })

  it('refuses a pipe among the articles instead of waiting on it', async () => {
    const input = await writeInput({ 'alpha.md': article('Alpha bridge closed', paragraph('harbour bridge')) })
    execFileSync('mkfifo', [path.join(input, '.pipe')])
    await fs.symlink('.pipe', path.join(input, 'pipe.txt'))
    const out = path.join(await temporaryFolder(), 'dist')
    watching = await watch({ input, out })
    const { digest } = (await readDigest(out))!
    expect(titles(digest)).toEqual(['Alpha bridge closed'])
    expect(digest.problems.map((problem) => [problem.file, problem.rule])).toEqual([['pipe.txt', 'not-a-file']])
  })

  it('rebuilds when a template changes', async () => {
    const input = await writeInput({ 'alpha.md': article('Alpha bridge closed', paragraph('harbour bridge')) })
    const templates = await temporaryFolder('news-digest-templates-')
    await fs.cp(path.resolve('templates'), templates, { recursive: true })
    const out = path.join(await temporaryFolder(), 'dist')
    watching = await watch({ input, out, templates })
    const page = await fs.readFile(path.join(templates, 'page.html'), 'utf8')
    await fs.writeFile(path.join(templates, 'page.html'), page.replace('</main>', '<p>template edited</p></main>'))
    await eventually('the edited template in index.html', async () => {
      const html = await fs.readFile(path.join(out, 'index.html'), 'utf8').catch(() => '')
      return html.includes('<p>template edited</p>') ? true : undefined
    })
  })
})

/** A running `news-digest watch` process and what it printed so far. */
interface Running {
  readonly child: ChildProcess
  readonly stdout: () => string
  readonly exit: Promise<number | null>
}

function start(args: string[]): Running {
  const child = spawn(process.execPath, [bin, 'watch', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  child.stdout!.on('data', (chunk: Buffer) => { stdout += chunk.toString('utf8') })
  child.stderr!.resume()
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, stdout: () => stdout, exit }
}

/** Server-Sent Events of the preview server: `version` announcements as they come. */
function listenToVersions(url: string): { readonly versions: string[], readonly close: () => void } {
  const versions: string[] = []
  const request = http.get(new URL('/__news-digest/events', url), (response) => {
    let buffer = ''
    response.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8')
      for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
        const version = /^event: version\ndata: (.+)$/m.exec(buffer.slice(0, end))
        if (version) versions.push(version[1]!)
        buffer = buffer.slice(end + 2)
      }
    })
  })
  request.on('error', () => {})
  return { versions, close: () => request.destroy() }
}

describe('news-digest watch', () => {
  const children: ChildProcess[] = []
  afterEach(() => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL')
  })

  it('serves on 127.0.0.1 with live reload, shows a bad edit on the page, and exits 0 on Ctrl-C', async () => {
    const input = await writeInput({ 'alpha.md': article('Alpha bridge closed', paragraph('harbour bridge')) })
    const out = path.join(await temporaryFolder(), 'dist')
    const running = start(['--input', input, '--out', out, '--serve', '0'])
    children.push(running.child)
    const url = await eventually('the server address', async () => /serving (http:\/\/\S+\/)/.exec(running.stdout())?.[1])
    expect(new URL(url).hostname).toBe('127.0.0.1')

    // Served HTML loads the reload script from the server; the file on disk is untouched.
    const served = await (await fetch(url)).text()
    expect(served).toMatch(/<script src="\/__news-digest\/reload\.js" data-version="[^"]+"><\/script><\/body>/)
    expect(await fs.readFile(path.join(out, 'index.html'), 'utf8')).not.toContain('__news-digest')
    const script = await fetch(new URL('/__news-digest/reload.js', url))
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect(await script.text()).toContain("new EventSource('/__news-digest/events')")
    expect((await fetch(new URL('/digest.json', url))).status).toBe(200)
    expect((await fetch(new URL('/%2e%2e/%2e%2e/etc/passwd', url))).status).toBe(404)

    // A rebuild announces a new version to the open page.
    const events = listenToVersions(url)
    await eventually('the first version event', async () => (events.versions.length > 0 ? true : undefined))
    const first = events.versions[0]!
    expect(served).toContain(`data-version="${first}"`)
    await fs.writeFile(path.join(input, 'alpha.md'), article('Alpha bridge reopens', paragraph('harbour bridge')))
    await eventually('a version event after the rebuild', async () => (events.versions.length > 1 ? true : undefined))
    expect(events.versions[1]).not.toBe(first)
    expect(await (await fetch(url)).text()).toContain('Alpha bridge reopens')

    // A bad edit: the page shows the problem above the last good build.
    await fs.writeFile(path.join(input, 'alpha.md'), '---\ntitle: [Alpha\n---\nText.\n')
    const banner = await eventually('the problems banner', async () => {
      const page = await (await fetch(url)).text()
      return page.includes('id="news-digest-problems"') ? page : undefined
    })
    expect(banner).toContain('front-matter-yaml')
    expect(banner).toContain('Alpha bridge reopens')
    expect(banner).toContain('<link rel="stylesheet" href="/__news-digest/problems.css">')
    events.close()

    running.child.kill('SIGINT')
    expect(await running.exit).toBe(0)
    await expect(fetch(url)).rejects.toThrow()
  }, 30_000)

  it('exits 0 on SIGTERM', async () => {
    const input = await writeInput({ 'alpha.md': article('Alpha bridge closed', paragraph('harbour bridge')) })
    const out = path.join(await temporaryFolder(), 'dist')
    const running = start(['--input', input, '--out', out])
    children.push(running.child)
    await eventually('the watch to start', async () => (running.stdout().includes('watching') ? true : undefined))
    running.child.kill('SIGTERM')
    expect(await running.exit).toBe(0)
  })

  it('exits 2 with a message when the input folder does not exist', async () => {
    const out = path.join(await temporaryFolder(), 'dist')
    const running = start(['--input', '/nonexistent/articles', '--out', out])
    children.push(running.child)
    expect(await running.exit).toBe(2)
  })
})
