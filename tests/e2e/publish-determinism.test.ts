import { spawnSync } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { build } from '../../src/index.js'
import { temporaryFolder, writeInput } from '../helpers/build-folder.js'
import { generatedArticles } from '../helpers/generated-articles.js'

const bin = path.resolve('bin/news-digest.js')
const made: string[] = []

afterAll(async () => {
  for (const folder of made) await fs.rm(folder, { recursive: true, force: true })
})

async function folder(prefix: string): Promise<string> {
  const created = await temporaryFolder(prefix)
  made.push(created)
  return created
}

/** Build `input` into a fresh folder and read every output file back as bytes. */
async function buildBytes(input: string, options: { sourceDateEpoch?: number } = {}): Promise<Map<string, Buffer>> {
  const out = path.join(await folder('news-digest-det-'), 'dist')
  await build({ input, out, ...options })
  return readTree(out)
}

async function readTree(root: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>()
  for (const entry of (await fs.readdir(root, { recursive: true, withFileTypes: true })).filter((item) => item.isFile())) {
    const full = path.join(entry.parentPath, entry.name)
    files.set(path.relative(root, full), await fs.readFile(full))
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)))
}

/** Copy a folder's files into a new folder with another name, newest-first and with other modification times. */
async function copyInOtherOrder(source: string): Promise<string> {
  const target = await folder('news-digest-copy-')
  const names = (await fs.readdir(source, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => path.relative(source, path.join(entry.parentPath, entry.name)))
  for (const [index, name] of [...names].sort().reverse().entries()) {
    await fs.mkdir(path.dirname(path.join(target, name)), { recursive: true })
    await fs.copyFile(path.join(source, name), path.join(target, name))
    await fs.utimes(path.join(target, name), 1_000_000 + index * 86_400, 1_000_000 + index * 86_400)
  }
  return target
}

function expectSameBytes(actual: Map<string, Buffer>, expected: Map<string, Buffer>): void {
  expect([...actual.keys()]).toEqual([...expected.keys()])
  for (const [name, bytes] of expected) expect(actual.get(name)?.equals(bytes), `${name} differs`).toBe(true)
}

describe('deterministic output', () => {
  it('builds the same input twice into byte-identical folders', async () => {
    const first = await buildBytes('seeds')
    const second = await buildBytes('seeds')
    expect([...first.keys()]).toEqual(['digest.json', 'feed.xml', 'index.html'])
    expectSameBytes(second, first)
  })

  it('builds a copy of the input, written in another order at other times, into the same bytes', async () => {
    const input = await writeInput({
      'b/second.md': '---\ntitle: Second\nsource: Paper B\ndate: 2025-11-21\n---\nThe council voted on Tuesday to close the old bridge for repairs over the winter months.\n',
      'a/first.txt': 'The harbour reopened on Monday after the storm, officials said in a statement to the press.\n',
      'c.md': '# Third\n\nThe inquiry will report next week, the minister told reporters outside the court on Friday.\n'
    })
    made.push(input)
    expectSameBytes(await buildBytes(await copyInOtherOrder(input)), await buildBytes(input))
    expectSameBytes(await buildBytes(await copyInOtherOrder('seeds')), await buildBytes('seeds'))
  })

  it('builds the same bytes whatever the locale of the machine', async () => {
    // Two events of one day, ordered by their words: Swedish puts Ä after Z, English before it.
    const input = await writeInput({
      'a.txt': 'Äpfel from the valley were sold out at the market on 3 March 2025, traders said.\n\nZebra crossings near the school were repainted on 3 March 2025, the council said.\n',
      'b.txt': 'Zebra crossings near the school were repainted on 3 March 2025, the council said.\n\nÄpfel from the valley were sold out at the market on 3 March 2025, traders said.\n'
    })
    made.push(input)
    const inLocale = async (locale: string): Promise<Map<string, Buffer>> => {
      const out = path.join(await folder('news-digest-locale-'), 'dist')
      const run = spawnSync(process.execPath, [bin, 'build', '--input', input, '--out', out, '--quiet'], { encoding: 'utf8', env: { ...process.env, LANG: locale, LC_ALL: locale } })
      expect(run.status, run.stderr).toBe(0)
      return readTree(out)
    }
    const english = await inLocale('en_US.UTF-8')
    const timeline = (JSON.parse(english.get('digest.json')!.toString('utf8')) as { timeline: Array<{ text: string }> }).timeline.map((entry) => entry.text.slice(0, 5))
    expect(timeline).toEqual(['Zebra', 'Äpfel'])
    expectSameBytes(await inLocale('sv_SE.UTF-8'), english)
    expectSameBytes(await inLocale('C'), english)
  })

  it('builds many files (cleaned on worker threads) into the same bytes every time', async () => {
    const input = await writeInput(generatedArticles(220, 4))
    made.push(input)
    const first = await buildBytes(input)
    expectSameBytes(await buildBytes(await copyInOtherOrder(input)), first)
    expectSameBytes(await buildBytes(input), first)
  }, 60_000)
})

describe('dates without a clock', () => {
  const undated = { 'note.txt': 'The library board met and agreed to extend opening hours for students during the exam season.\n' }

  it('dates a feed without any article date 1970-01-01, not by the clock', async () => {
    const input = await writeInput(undated)
    made.push(input)
    const feed = (await buildBytes(input)).get('feed.xml')!.toString('utf8')
    expect(feed).toContain('<updated>1970-01-01T00:00:00Z</updated>')
    expect(feed).not.toContain(new Date().toISOString().slice(0, 10))
  })

  it('uses the source date epoch for the feed where no article has a date, and nowhere else', async () => {
    const input = await writeInput(undated)
    made.push(input)
    const plain = await buildBytes(input)
    const stamped = await buildBytes(input, { sourceDateEpoch: 1_764_000_000 })
    expect(stamped.get('feed.xml')!.toString('utf8').match(/<updated>[^<]*<\/updated>/g)).toEqual([
      '<updated>2025-11-24T16:00:00Z</updated>',
      '<updated>2025-11-24T16:00:00Z</updated>'
    ])
    expect(stamped.get('index.html')!.equals(plain.get('index.html')!)).toBe(true)
    expect(stamped.get('digest.json')!.equals(plain.get('digest.json')!)).toBe(true)
  })

  it('prefers the latest publication date over the source date epoch', async () => {
    const first = await buildBytes('seeds', { sourceDateEpoch: 1_900_000_000 })
    expect(first.get('feed.xml')!.toString('utf8')).toMatch(/^<updated>2025-11-26T00:00:00Z<\/updated>$/m)
    expect(first.get('feed.xml')!.toString('utf8')).not.toContain('2030-')
  })

  it('reads SOURCE_DATE_EPOCH from the environment, and refuses a malformed one with exit code 2', async () => {
    const input = await writeInput(undated)
    made.push(input)
    const out = path.join(await folder('news-digest-env-'), 'dist')
    const run = (value: string): ReturnType<typeof spawnSync> => spawnSync(process.execPath, [bin, 'build', '--input', input, '--out', out, '--quiet'], {
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: value }
    })
    expect(run('1764000000').status).toBe(0)
    expect(await fs.readFile(path.join(out, 'feed.xml'), 'utf8')).toContain('<updated>2025-11-24T16:00:00Z</updated>')
    const bad = run('yesterday')
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('Invalid SOURCE_DATE_EPOCH `yesterday`')
    expect(bad.stderr).not.toMatch(/\n\s+at /)
  })
})
