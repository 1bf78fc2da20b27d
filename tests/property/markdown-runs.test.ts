import fs from 'node:fs/promises'
import path from 'node:path'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { type MarkdownReader, createMarkdownReader } from '../../src/load/markdown.js'
import { markdownRuns } from '../../src/load/markdown-runs.js'

/**
 * Property: reading plain paragraphs without the parser changes nothing.
 * For any body, the reader gives exactly the blocks (text, HTML, lines,
 * kinds, containers) that parsing the whole body gives. The generator mixes
 * plain sentences with every kind of line that could make a chunk mean
 * something else: list items and their continuations, quotes, headings,
 * setext underlines, code, HTML, link definitions, escapes, entities, hard
 * breaks, and blank lines that CommonMark does not count as blank.
 */
const seed = Number(process.env['FAST_CHECK_SEED'] ?? 20_261_123)
const numRuns = Number(process.env['FAST_CHECK_RUNS'] ?? 600)

let runs: MarkdownReader
let whole: MarkdownReader

beforeAll(async () => {
  runs = await createMarkdownReader()
  whole = await createMarkdownReader({ parseWhole: true })
})

const word = fc.constantFrom('The', 'council', 'said', 'river', 'rose', '2019', '4.5%', 'café', 'Zürich', 'it’s', '"quoted"', 'and', 'on', 'Tuesday', '—', 'a', 'x', '!', '?', ':', '(note)', '€12', 'e.g.', '#tag', '1.', '2)', '-5', 'snake_case', 'AT&T', '<b>', 'a*b', '`code`', '[link](https://example.com)', '\\*', '&amp;', 'http://example.org')
const sentence = fc.array(word, { minLength: 1, maxLength: 9 }).map((words) => words.join(' '))
const lineEnd = fc.constantFrom('', '', '', ' ', '  ', '\t', '\\', '\u00a0')
const plainLine = fc.tuple(sentence, lineEnd).map(([text, end]) => `${text}${end}`)
const markedLine = fc.tuple(
  fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '> ', '# ', '## ', '  ', '   ', '    ', '\t', '\u00a0', '[a]: https://example.com ', '<div>', '```', '~~~', '| ', '***', '---', '===', '<!-- ', ''),
  sentence
).map(([mark, text]) => `${mark}${text}`)
const blankLine = fc.constantFrom('', '', ' ', '\t', '\u00a0', '   ')
const line = fc.oneof({ weight: 6, arbitrary: plainLine }, { weight: 2, arbitrary: markedLine }, { weight: 2, arbitrary: blankLine })
const body = fc.array(line, { minLength: 1, maxLength: 24 }).map((lines) => lines.join('\n'))

describe('reading plain paragraphs without the parser', () => {
  it('gives the blocks that parsing the whole body gives, for any body', () => {
    fc.assert(fc.property(body, fc.integer({ min: 1, max: 40 }), (text, firstLine) => {
      expect(runs.read(text, firstLine, 'https://example.com/news/a')).toEqual(whole.read(text, firstLine, 'https://example.com/news/a'))
    }), { seed, numRuns })
  }, 30_000)

  it('gives the same blocks for every Markdown file of the fixtures', async () => {
    const files: string[] = []
    const walk = async (folder: string): Promise<void> => {
      for (const entry of await fs.readdir(folder, { withFileTypes: true })) {
        const full = path.join(folder, entry.name)
        if (entry.isDirectory()) await walk(full)
        else if (entry.name.endsWith('.md') && entry.name !== 'README.md') files.push(full)
      }
    }
    await walk(path.resolve('tests/fixtures'))
    expect(files.length).toBeGreaterThan(20)
    for (const file of files) {
      const text = await fs.readFile(file, 'utf8')
      expect(runs.read(text, 1), file).toEqual(whole.read(text, 1))
    }
  })

  it('leaves plain chunks to itself and the rest to the parser', () => {
    const text = 'A plain sentence.\nAnother one.\n\n- a list item\n\n    more of it\n\nPlain again.'
    expect(markdownRuns(text)?.map((run) => [run.plain, run.offset, run.lines.length])).toEqual([[true, 0, 2], [false, 3, 3], [true, 7, 1]])
    expect(markdownRuns('Text.\n\n```\ncode\n\nmore\n```')).toBeUndefined()
    expect(markdownRuns('See [the report][r].\n\n[r]: https://example.com')).toBeUndefined()
  })
})
