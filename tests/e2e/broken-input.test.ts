import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Digest, Problem } from '../../src/index.js'
import { temporaryFolder, writeInput } from '../helpers/build-folder.js'

const bin = path.resolve('bin/news-digest.js')

/**
 * Root reads a file whatever its mode, so `chmod 000` cannot make a file
 * unreadable for root: when the tests run as root, the command runs as
 * `nobody`, for whom the modes hold. Where `nobody` cannot run it (the
 * checkout or Node under `/root`), it runs as root and only the checks that
 * need an unreadable file are skipped, saying why.
 */
const isRoot = process.getuid?.() === 0
const nobody = { uid: 65534, gid: 65534 }
const otherUser = isRoot && spawnSync(process.execPath, [bin, '--version'], nobody).status === 0 ? nobody : {}
const canMakeUnreadable = !isRoot || 'uid' in otherUser
const unreadableSkipReason = 'running as root, and user nobody cannot run the command here, so chmod 000 does not make a file unreadable'

interface Run {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

function run(args: readonly string[]): Run {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 180_000, ...otherUser })
  if (result.error) throw result.error
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** An output folder the command can write, also as `nobody`. */
async function outputFolder(): Promise<string> {
  const parent = await temporaryFolder('news-digest-out-')
  await fs.chmod(parent, 0o777)
  return path.join(parent, 'dist')
}

/** Let `nobody` walk into the folder and every folder in it (files are written 0644). */
async function openUp(folder: string): Promise<void> {
  await fs.chmod(folder, 0o755)
  for (const entry of await fs.readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isDirectory()) await fs.chmod(path.join(entry.parentPath, entry.name), 0o755)
  }
}

function expectNoStackTrace(result: Run): void {
  expect(result.stderr, 'a stack trace reached the user').not.toMatch(/^\s+at /m)
  expect(result.stderr).not.toMatch(/\b(?:TypeError|RangeError|ReferenceError|SyntaxError)\b/)
}

async function readDigest(out: string): Promise<Digest> {
  return JSON.parse(await fs.readFile(path.join(out, 'digest.json'), 'utf8')) as Digest
}

function problemsOf(digest: Digest, file: string): Array<Pick<Problem, 'rule' | 'fatal' | 'line' | 'column'>> {
  return digest.problems.filter((problem) => problem.file === file).map(({ rule, fatal, line, column }) => ({ rule, fatal, line, column }))
}

const goodArticle = '---\ntitle: Council approves the budget\nsource: Valley Times\n---\nThe council met on Tuesday and approved the budget for the coming year after a long debate.\n'
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const little = Buffer.from(`\ufeff${text}`, 'utf16le')
  if (endian === 'le') return new Uint8Array(little)
  return new Uint8Array(little.swap16())
}

describe('a folder of broken and hostile files', () => {
  let result: Run
  let digest: Digest
  const bigFileBytes = 50 * 1024 * 1024

  beforeAll(async () => {
    const input = await writeInput({
      'good.md': goodArticle,
      'empty.md': '',
      'blank.txt': '   \n\t\n\u00a0\n\n',
      'binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      'latin1.txt': new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' owners on the square said on Tuesday that trade had fallen by half.\n')]),
      'utf16le.md': utf16('---\ntitle: Zürich talks resume\n---\nNegotiators in Zürich met again on Monday to discuss the water treaty.\r\n', 'le'),
      'utf16be.txt': utf16('Ferry service to Ærø was suspended on Sunday because of the storm.\n', 'be'),
      'big.txt': Buffer.alloc(bigFileBytes, 'A line of a very long file about the council.\n'),
      'yaml.md': '---\nsource: Times\ntitle: A\n  bad: x\n---\nThe mayor said on Monday that the bridge would reopen in the spring after repairs.\n',
      'types.md': '---\ntitle: [a, b]\ndate: yesterday\n---\nThe school board voted on Wednesday to keep the library open on weekends.\n',
      'Storm Report.md': '# Storm report\n\nWinds of 120 km/h brought down trees across the valley on Saturday night.\n',
      'storm-report.txt': 'Power was restored to most homes on Sunday evening, the utility said.\n',
      'folder.md/inside.md': 'Firefighters contained the blaze on the ridge late on Thursday, officials said.\n',
      '.DS_Store': new Uint8Array([0x00, 0x00, 0x00, 0x01, 0x42, 0x75, 0x64, 0x31]),
      'photo.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]),
      ...(canMakeUnreadable ? { 'unreadable.md': 'Nobody can read this article about the harbour.\n', 'locked/inside.md': 'Nobody can list this folder about the harbour.\n' } : {})
    })
    await fs.symlink('loop-b.md', path.join(input, 'loop-a.md'))
    await fs.symlink('loop-a.md', path.join(input, 'loop-b.md'))
    await fs.symlink('/dev/zero', path.join(input, 'zeros.md'))
    execFileSync('mkfifo', [path.join(input, 'pipe.md')])
    await openUp(input)
    if (canMakeUnreadable) {
      await fs.chmod(path.join(input, 'unreadable.md'), 0o000)
      await fs.chmod(path.join(input, 'locked'), 0o000)
    }
    const out = await outputFolder()
    result = run(['build', '--input', input, '--out', out, '--quiet'])
    digest = await readDigest(out)
  }, 200_000)

  it('exits 1 (built, but some input could not be processed) with no stack trace', () => {
    expect(result.code, result.stderr).toBe(1)
    expectNoStackTrace(result)
  })

  it('builds every readable article, decoding UTF-16 and keeping invalid UTF-8 as replacement characters', () => {
    expect(digest.articles.map((article) => article.file).sort()).toEqual([
      'Storm Report.md', 'folder.md/inside.md', 'good.md', 'latin1.txt', 'storm-report.txt', 'types.md', 'utf16be.txt', 'utf16le.md', 'yaml.md'
    ])
    const byFile = new Map(digest.articles.map((article) => [article.file, article]))
    expect(byFile.get('utf16le.md')?.title).toBe('Zürich talks resume')
    expect(byFile.get('utf16le.md')?.blocks.map((block) => block.text)).toEqual(['Negotiators in Zürich met again on Monday to discuss the water treaty.'])
    expect(byFile.get('utf16be.txt')?.blocks[0]?.text).toBe('Ferry service to Ærø was suspended on Sunday because of the storm.')
    expect(byFile.get('latin1.txt')?.blocks[0]?.text).toMatch(/^Caf\ufffd owners/)
  })

  it('names each broken file with what is wrong, in the order of the file system walk', () => {
    expect(problemsOf(digest, 'empty.md')).toEqual([{ rule: 'empty-article', fatal: false, line: null, column: null }])
    expect(problemsOf(digest, 'blank.txt')).toEqual([{ rule: 'empty-article', fatal: false, line: null, column: null }])
    expect(problemsOf(digest, 'binary.txt')).toEqual([{ rule: 'not-text', fatal: true, line: null, column: null }])
    expect(problemsOf(digest, 'latin1.txt')).toEqual([{ rule: 'encoding', fatal: false, line: 1, column: 4 }])
    expect(problemsOf(digest, 'big.txt')).toEqual([{ rule: 'file-too-large', fatal: true, line: null, column: null }])
    expect(problemsOf(digest, 'loop-a.md')).toEqual([{ rule: 'read-error', fatal: true, line: null, column: null }])
    // A link to a device outside the folder is not opened at all (a device inside it would be refused on reading: not-a-file).
    expect(problemsOf(digest, 'zeros.md')).toEqual([{ rule: 'link-outside-input', fatal: true, line: null, column: null }])
    expect(problemsOf(digest, 'pipe.md')).toEqual([{ rule: 'not-a-file', fatal: false, line: null, column: null }])
    expect(problemsOf(digest, 'photo.jpg')).toEqual([{ rule: 'not-an-article', fatal: false, line: null, column: null }])
    // Hidden files are passed over without a word.
    expect(problemsOf(digest, '.DS_Store')).toEqual([])
  })

  it('says why in words a reader understands', () => {
    const reasons = new Map(digest.problems.map((problem) => [problem.file, problem.message]))
    expect(reasons.get('big.txt')).toBe('File too large: 50 MB, over the limit of 10 MB per article; split it or leave it out')
    expect(reasons.get('binary.txt')).toBe('Unexpected binary data, expected a text article (UTF-8 or UTF-16 with a BOM)')
    expect(reasons.get('loop-a.md')).toBe('Cannot read file: too many symbolic links (a link loop?)')
    expect(reasons.get('empty.md')).toBe('Empty article: no paragraph of text; it is left out of the digest')
    for (const file of ['big.txt', 'binary.txt', 'loop-a.md', 'photo.jpg', 'pipe.md']) expect(result.stderr).toContain(file)
  })

  it.skipIf(!canMakeUnreadable)(`reports a file and a folder that cannot be read${canMakeUnreadable ? '' : ` (skipped: ${unreadableSkipReason})`}`, () => {
    expect(problemsOf(digest, 'unreadable.md')).toEqual([{ rule: 'read-error', fatal: true, line: null, column: null }])
    expect(problemsOf(digest, 'locked')).toEqual([{ rule: 'read-error', fatal: true, line: null, column: null }])
    const reasons = new Map(digest.problems.map((problem) => [problem.file, problem.message]))
    expect(reasons.get('unreadable.md')).toBe('Cannot read file: permission denied')
    expect(reasons.get('locked')).toBe('Cannot read folder: permission denied')
    expect(result.stderr).toContain('unreadable.md')
  })

  it('reports malformed YAML at the line and column of the file and reads the article without it', () => {
    expect(problemsOf(digest, 'yaml.md')).toEqual([{ rule: 'front-matter-yaml', fatal: false, line: 4, column: 6 }])
    expect(result.stderr).toMatch(/yaml\.md\n\s*4:6\s+warning\s+Cannot read front matter: bad indentation/)
    const article = digest.articles.find((item) => item.file === 'yaml.md')
    expect(article?.blocks.at(-1)?.text).toBe('The mayor said on Monday that the bridge would reopen in the spring after repairs.')
  })

  it('reports front matter of the wrong type on the line of its key and builds the article', () => {
    expect(problemsOf(digest, 'types.md')).toEqual([
      { rule: 'front-matter-type', fatal: false, line: 2, column: 1 },
      { rule: 'front-matter-date', fatal: false, line: 3, column: 1 }
    ])
    const article = digest.articles.find((item) => item.file === 'types.md')
    expect(article?.date).toBeNull()
    expect(article?.title).not.toBe('a,b')
  })

  it('gives two files with the same id distinct ids and says so on the second', () => {
    const ids = digest.articles.filter((article) => article.file.toLowerCase().startsWith('storm')).map((article) => [article.file, article.id])
    expect(ids).toEqual([['Storm Report.md', 'storm-report'], ['storm-report.txt', 'storm-report-2']])
    expect(digest.problems.find((problem) => problem.rule === 'duplicate-id')).toMatchObject({ file: 'storm-report.txt', message: 'Duplicate article id `storm-report` (also `Storm Report.md`): this one is `storm-report-2`' })
  })
})

describe('an input folder that cannot be built', () => {
  it.each([
    ['missing', async () => '/nonexistent/news-digest-articles', /Input folder `\/nonexistent\/news-digest-articles` not found/],
    ['empty', async () => openUpAndReturn(await temporaryFolder()), /No articles in `.*`: expected \.md or \.txt files/],
    ['holding no article', async () => openUpAndReturn(await writeInput({ '.DS_Store': 'x', 'photo.jpg': 'x', 'notes/readme.html': 'x' })), /No articles in `.*`: expected \.md or \.txt files/],
    ['a file', async () => path.join(await openUpAndReturn(await writeInput({ 'a.md': goodArticle })), 'a.md'), /Input `.*a\.md` is a file, expected a folder of articles/]
  ])('exits 2 with a message when the input folder is %s, writing nothing', async (_case, makeInput, message) => {
    await expectNoBuild(await makeInput(), message)
  })

  it.skipIf(!canMakeUnreadable).each([
    ['unreadable', async () => {
      const input = await writeInput({ 'a.md': goodArticle })
      await fs.chmod(input, 0o000)
      return input
    }],
    ['inside a folder that cannot be entered', async () => {
      const parent = await writeInput({ 'articles/a.md': goodArticle })
      await fs.chmod(parent, 0o700)
      return path.join(parent, 'articles')
    }]
  ])(`exits 2 with a message when the input folder is %s${canMakeUnreadable ? '' : ` (skipped: ${unreadableSkipReason})`}`, async (_case, makeInput) => {
    await expectNoBuild(await makeInput(), /Cannot read input folder `.*`: permission denied/)
  })
})

describe('links in the input folder', () => {
  let result: Run
  let digest: Digest

  beforeAll(async () => {
    const outside = await writeInput({ 'secret.txt': 'SECRET-TOKEN-7f3a: the build must never publish this line.\n', 'more/c.md': goodArticle })
    const input = await writeInput({ 'a.md': goodArticle, 'archive/b.md': goodArticle.replace('Valley Times', 'Hill Post') })
    await fs.symlink(path.join(outside, 'secret.txt'), path.join(input, 'secret.txt'))
    await fs.symlink(path.join(input, 'archive', 'b.md'), path.join(input, 'b-again.md'))
    await fs.symlink(path.join(outside, 'more'), path.join(input, 'more'))
    await openUp(input)
    await openUp(outside)
    const out = await outputFolder()
    result = run(['build', '--input', input, '--out', out])
    digest = await readDigest(out)
  })

  it('does not read a link to a file outside the folder, and says so (exit 1)', async () => {
    expect(result.code).toBe(1)
    expectNoStackTrace(result)
    expect(result.stderr).toMatch(/secret\.txt\n.*Not read: a link to `[^`]*secret\.txt`, outside the input folder[^\n]*link-outside-input/)
    expect(JSON.stringify(digest)).not.toContain('SECRET-TOKEN')
    expect(problemsOf(digest, 'secret.txt')).toEqual([{ rule: 'link-outside-input', fatal: true, line: null, column: null }])
  })

  it('reads a link to a file inside the folder', () => {
    expect(digest.articles.map((article) => article.file).sort()).toEqual(['a.md', 'archive/b.md', 'b-again.md'])
  })

  it('says that a link to a folder is not followed', () => {
    expect(result.stderr).toMatch(/more\n.*Skipped: a link to a folder; links to folders are not followed[^\n]*folder-link/)
  })
})

describe('an input folder holding only links that are not read', () => {
  it('exits 2 and says why each link was passed over', async () => {
    const elsewhere = await writeInput({ 'story.md': goodArticle })
    const input = await writeInput({})
    await fs.symlink(path.join(elsewhere, 'story.md'), path.join(input, 'story.md'))
    await fs.symlink(elsewhere, path.join(input, 'more'))
    await openUp(input)
    await openUp(elsewhere)
    const result = run(['build', '--input', input, '--out', await outputFolder()])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/story\.md\n.*outside the input folder[^\n]*link-outside-input/)
    expect(result.stderr).toMatch(/more\n.*a link to a folder[^\n]*folder-link/)
    expect(result.stderr).toMatch(/news-digest: No articles in `.*`: expected \.md or \.txt files/)
  })
})

describe('an input folder whose files all fail', () => {
  it('exits 2 naming each file and why, and keeps the last good output', async () => {
    const out = await outputFolder()
    const good = await openUpAndReturn(await writeInput({ 'a.md': goodArticle }))
    expect(run(['build', '--input', good, '--out', out]).code).toBe(0)
    const before = await fs.readFile(path.join(out, 'index.html'), 'utf8')
    const input = await openUpAndReturn(await writeInput({ 'binary.md': '\u0000\u0001\u0002PNG\u0000\u0000', 'blank.txt': '\n\n  \n' }))
    const result = run(['build', '--input', input, '--out', out])
    expect(result.code).toBe(2)
    expectNoStackTrace(result)
    expect(result.stderr).toMatch(/binary\.md\n.*Unexpected binary data[^\n]*not-text/)
    expect(result.stderr).toMatch(/blank\.txt\n.*Empty article[^\n]*empty-article/)
    expect(result.stderr).toMatch(/news-digest: No article to build: none of the 2 files in `.*` could be read as one/)
    expect(await fs.readFile(path.join(out, 'index.html'), 'utf8')).toBe(before)
  })
})

async function expectNoBuild(input: string, message: RegExp): Promise<void> {
  const out = await outputFolder()
  const result = run(['build', '--input', input, '--out', out])
  expect(result.code).toBe(2)
  expect(result.stderr).toMatch(message)
  expectNoStackTrace(result)
  await expect(fs.access(out)).rejects.toMatchObject({ code: 'ENOENT' })
}

async function openUpAndReturn(folder: string): Promise<string> {
  await openUp(folder)
  return folder
}

describe('a file of 100,000 lines, under the size limit', () => {
  it('is built whole: every line is kept, noted or listed as removed', async () => {
    const lines = await longFileLines(100_000)
    const text = `${lines.join('\n')}\n`
    expect(Buffer.byteLength(text)).toBeLessThan(10 * 1024 * 1024)
    const input = await writeInput({ 'long.txt': text, 'short.md': goodArticle })
    await openUp(input)
    const out = await outputFolder()
    const result = run(['build', '--input', input, '--out', out, '--quiet'])
    expect(result.code, result.stderr).toBe(0)
    expectNoStackTrace(result)
    const article = (await readDigest(out)).articles.find((item) => item.file === 'long.txt')!
    const accounted = new Set([...article.blocks.map((block) => block.line), ...article.removed.filter((removal) => removal.inBlock === undefined).map((removal) => removal.line), ...article.notes.map((note) => note.line)])
    expect(accounted.size).toBe(lines.length)
    expect(Math.min(...accounted)).toBe(1)
    expect(Math.max(...accounted)).toBe(lines.length)
  }, 240_000)
})

// Lines of prose made of the words of the seed articles, a date phrase in one
// line of twenty: as varied as real paragraphs, so no stage gets an easy case.
async function longFileLines(count: number): Promise<string[]> {
  const seeds = path.resolve('seeds')
  const texts = await Promise.all((await fs.readdir(seeds)).filter((name) => name.endsWith('.txt')).map((name) => fs.readFile(path.join(seeds, name), 'utf8')))
  const words = [...new Set(texts.flatMap((text) => text.toLowerCase().match(/[a-z]{3,}/g) ?? []))]
  const whens = ['on Tuesday', 'last week', 'on 14 October', 'in March 2024', 'yesterday', 'earlier this month']
  let state = 20_251_126
  const next = (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
  const pick = (list: readonly string[]): string => list[Math.floor(next() * list.length)]!
  return Array.from({ length: count }, () => {
    const sentence = Array.from({ length: 6 + Math.floor(next() * 9) }, () => pick(words))
    if (next() < 0.05) sentence.splice(3, 0, pick(whens))
    const text = sentence.join(' ')
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`
  })
}
