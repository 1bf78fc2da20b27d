import fs from 'node:fs/promises'
import path from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Article, Digest } from '../../src/index.js'
import { build } from '../../src/index.js'
import { temporaryFolder } from '../helpers/build-folder.js'

/**
 * Property: whatever articles look like, the build does not crash, writes a
 * digest that follows the JSON Schema, and loses nothing: every paragraph of
 * the input is kept, noted or listed as removed, and every word of it is
 * still in the digest. The seed is fixed so that a run can be repeated;
 * set FAST_CHECK_SEED to explore others. fast-check prints the seed and the
 * shrunk counterexample when the property fails.
 */
const seed = Number(process.env['FAST_CHECK_SEED'] ?? 20_251_126)
const numRuns = Number(process.env['FAST_CHECK_RUNS'] ?? 120)

/** One generated paragraph: the lines written, and the words that must survive. */
interface GeneratedParagraph {
  readonly lines: readonly string[]
  readonly words: readonly string[]
}

interface GeneratedArticle {
  readonly name: string
  readonly frontMatter: string
  readonly paragraphs: readonly GeneratedParagraph[]
  readonly gaps: readonly string[]
}

// Words in several scripts, with accents (precomposed), digits and apostrophes; none starts markdown syntax.
const words = [
  'council', 'budget', 'bridge', 'reopened', 'Tuesday', 'residents', 'said', 'water', 'flooded', 'valley', 'mayor', 'vote', 'ferry',
  'Zürich', 'naïve', 'café', 'Ærø', 'São', 'Kraków', 'İstanbul', 'Ελλάδα', 'Москва', '東京', '北京市', 'مرحبا', 'שלום', 'हिन्दी', '2025',
  '14', 'O’Brien', 'don’t', 'co-op', 'x86', 'km/h'
]
const decorations = ['🎉', '—', '…', '“quoted”', '(aside)', '€12', '50%', '&', '<b>', '{{title}}', '${x}', '\u200b', '\u00a0']
const junkLines = [
  ['Subscribe', 'to', 'our', 'newsletter'], ['Advertisement'], ['Share', 'this', 'article'], ['Follow', 'us', 'on', 'Twitter'],
  ['Read', 'more:', 'council', 'news'], ['Sign', 'up', 'for', 'alerts'], ['Click', 'here', 'to', 'comment'], ['Related', 'stories'],
  ['Copyright', '2025', 'Valley', 'Times'], ['Photo:', 'Jo', 'Reyes'], ['Cookie', 'settings']
]

const wordList = fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 12 })
const decorated = (list: readonly string[], extra: readonly string[]): string => list.map((word, index) => (extra[index] ? `${word} ${extra[index]}` : word)).join(' ')

const prose: fc.Arbitrary<GeneratedParagraph> = fc.tuple(wordList, fc.array(fc.oneof(fc.constant(''), fc.constantFrom(...decorations)), { maxLength: 12 }))
  .map(([list, extra]) => ({ lines: [`${capitalise(decorated(list, extra))}.`], words: list }))
const junk: fc.Arbitrary<GeneratedParagraph> = fc.constantFrom(...junkLines).map((list) => ({ lines: [list.join(' ')], words: list }))
const marked: fc.Arbitrary<GeneratedParagraph> = fc.tuple(fc.constantFrom('## ', '# ', '- ', '* ', '1. ', '> ', ''), wordList, fc.constantFrom('plain', 'emphasis', 'strong', 'code', 'link', 'image'))
  .map(([prefix, list, inline]) => ({ lines: [`${prefix}${withInline(list, inline)}`], words: list }))
const wrapped: fc.Arbitrary<GeneratedParagraph> = fc.array(wordList, { minLength: 2, maxLength: 4 })
  .map((lines) => ({ lines: lines.map((list, index) => (index === 0 ? capitalise(list.join(' ')) : list.join(' ').toLowerCase())), words: lines.flat().map((word) => word.toLowerCase()) }))
const paragraph = fc.oneof({ arbitrary: prose, weight: 5 }, { arbitrary: junk, weight: 2 }, { arbitrary: marked, weight: 3 }, { arbitrary: wrapped, weight: 1 })

const frontMatter = fc.oneof(
  fc.constant(''),
  fc.constant('---\ntitle: Storm hits the valley\nsource: Valley Times\nauthor: Jo Reyes\ndate: 2025-11-26\nurl: https://example.com/storm\n---\n'),
  fc.constant('---\ntitle: [a, b]\ndate: yesterday\nurl: "javascript:alert(1)"\n---\n'),
  fc.constant('---\ntitle: Broken\n  bad: indentation\n---\n'),
  fc.constant('---\n---\n')
)
const gap = fc.constantFrom('', '', '', '   ', '\t', '\n')

const article: fc.Arbitrary<GeneratedArticle> = fc.record({
  name: fc.constantFrom('a.md', 'b.txt', 'c.markdown', 'd.md', 'e.txt'),
  frontMatter,
  paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 14 }),
  gaps: fc.array(gap, { minLength: 14, maxLength: 14 })
})
const articles = fc.uniqueArray(article, { minLength: 1, maxLength: 3, selector: (item) => item.name })

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function withInline(list: readonly string[], inline: string): string {
  const [first, ...rest] = list
  const tail = rest.join(' ')
  switch (inline) {
    case 'emphasis': return `${first} *${tail}*`
    case 'strong': return `**${first}** ${tail}`
    case 'code': return `${first} \`${tail}\``
    case 'link': return `[${first}](https://example.com/${encodeURIComponent(first!)}) ${tail}`
    case 'image': return `${list.join(' ')} ![chart](https://example.com/chart.png)`
    default: return list.join(' ')
  }
}

/** The text of a file, and the file lines each paragraph spans (1-based, inclusive). */
function render(item: GeneratedArticle): { text: string, spans: Array<{ first: number, last: number, paragraph: GeneratedParagraph }>, frontMatterLines: number } {
  const lines = item.frontMatter ? item.frontMatter.replace(/\n$/, '').split('\n') : []
  const frontMatterLines = lines.length
  const spans: Array<{ first: number, last: number, paragraph: GeneratedParagraph }> = []
  item.paragraphs.forEach((paragraph, index) => {
    if (index > 0 || lines.length > 0) lines.push(...`${item.gaps[index] ?? ''}`.split('\n'))
    // A gap of spaces or a tab is a blank line; an empty gap still needs the blank line between paragraphs.
    if (index > 0 && lines.at(-1)!.trim() !== '') lines.push('')
    spans.push({ first: lines.length + 1, last: lines.length + paragraph.lines.length, paragraph })
    lines.push(...paragraph.lines)
  })
  return { text: `${lines.join('\n')}\n`, spans, frontMatterLines }
}

/** Every line of the file the digest says something about, and all the text it keeps for the article. */
function accountOf(built: Article): { lines: number[], text: string } {
  const lines = [
    ...built.blocks.map((block) => block.line),
    ...built.removed.filter((removal) => removal.inBlock === undefined).map((removal) => removal.line),
    ...built.notes.map((note) => note.line)
  ]
  const text = [
    ...built.blocks.map((block) => block.text),
    ...built.removed.map((removal) => removal.text),
    ...built.notes.map((note) => note.text),
    built.title, built.source, built.author ?? '', built.section ?? ''
  ].join('\n')
  return { lines, text }
}

let validate: ReturnType<Ajv2020['compile']>

beforeAll(async () => {
  const schema = JSON.parse(await fs.readFile('schema/digest.schema.json', 'utf8')) as object
  validate = new Ajv2020({ allErrors: true }).compile(schema)
})

describe('building random articles', () => {
  it('never crashes, writes a valid digest and keeps or lists every paragraph and every word', async () => {
    await fc.assert(
      fc.asyncProperty(articles, async (generated) => {
        const folder = await temporaryFolder('news-digest-property-')
        try {
          const rendered = new Map(generated.map((item) => [item.name, render(item)]))
          await fs.mkdir(path.join(folder, 'input'))
          for (const [name, { text }] of rendered) await fs.writeFile(path.join(folder, 'input', name), text)
          const result = await build({ input: path.join(folder, 'input'), out: path.join(folder, 'dist') })
          const digest = JSON.parse(await fs.readFile(path.join(folder, 'dist', 'digest.json'), 'utf8')) as Digest
          expect(validate(digest), JSON.stringify(validate.errors)).toBe(true)
          expect(result.hasFatal, JSON.stringify(digest.problems)).toBe(false)
          expect(digest.articles.map((item) => item.file).sort()).toEqual([...rendered.keys()].sort())
          for (const built of digest.articles) {
            const { spans, frontMatterLines } = rendered.get(built.file)!
            const account = accountOf(built)
            for (const span of spans) {
              const where = `${built.file} lines ${span.first}-${span.last}: ${span.paragraph.lines.join(' / ')}`
              expect(account.lines.some((line) => line >= span.first && line <= span.last), `paragraph neither kept nor listed: ${where}`).toBe(true)
              for (const word of span.paragraph.words) expect(account.text.toLowerCase(), `word ${word} lost from ${where}`).toContain(word.toLowerCase())
            }
            // Nothing is reported on a line that holds no paragraph (broken front matter is read as body).
            for (const line of account.lines) {
              expect(line <= frontMatterLines || spans.some((span) => line >= span.first && line <= span.last), `${built.file}: line ${line} is no paragraph`).toBe(true)
            }
          }
        } finally {
          await fs.rm(folder, { recursive: true, force: true })
        }
      }),
      { seed, numRuns }
    )
  }, 300_000)
})
