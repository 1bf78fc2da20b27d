// Seeded, deterministic corpus of news articles for the benchmark (`npm run bench`).
//
//   node bench/generate.mjs --count 1000 [--seed 1] [--root /tmp/news-digest-bench]
//
// prints the folder it wrote. Article n is the same in every corpus with the
// same seed (a corpus of 100 is the first 100 of a corpus of 1,000), so
// figures are comparable across sizes and runs. A corpus is written once per
// (count, seed, generator version) and reused: reruns are fast.
//
// Each article is about 4 KB: YAML front matter (title, source, author,
// date, url) or metadata lines at the top, paragraphs of invented news prose,
// dated sentences of one of a few stories (for the timeline), page furniture
// of several families (navigation, share bars, ads, sign-up and paywall
// prompts, captions, related lists, legal lines, comment prompts, writing-tool
// leftovers), paragraphs repeated inside the article and wire copy shared
// between articles. A quarter are Markdown, the rest plain text in the three
// layouts people paste (one paragraph a line, blank lines between
// paragraphs, hard-wrapped).
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import * as words from './support/words.mjs'
import { writeFolderOnce } from './support/write-once.mjs'

/** Bump when the output changes, so that cached corpora are rebuilt. */
export const generatorVersion = 1

/** Default folder for corpora and bench output. */
export const defaultRoot = path.join(os.tmpdir(), 'news-digest-bench')

const targetBytes = 4096
const dayMs = 86_400_000
const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** mulberry32: a small, fast PRNG with a 32-bit state; good enough for test data. */
export function createRandom(seed) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (probability) => next() < probability
  }
}

/** A 32-bit seed for article `index` of corpus seed `seed` (FNV-1a over both). */
function articleSeed(seed, index) {
  let hash = 0x811c9dc5
  for (const char of `${seed}:${index}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193)
  return hash >>> 0
}

const dayOf = (iso) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / dayMs
const isoOf = (day) => new Date(day * dayMs).toISOString().slice(0, 10)

// Template slots filled with a word of a list, and those filled with a number (lowest, highest).
const slotWords = {
  role: words.roles, org: words.organisations, place: words.places, thing: words.things, verb: words.pastVerbs,
  unit: words.units, adverb: words.adverbs, adjective: words.adjectives, noun: words.nouns, concern: words.concerns
}
const slotNumbers = { amount: [2, 950], number: [3, 400], percent: [2, 60] }

function fill(template, random, extra = {}) {
  return template.replace(/\{(\w+)\}/g, (_, slot) => {
    if (slot in extra) return extra[slot]
    if (slot === 'person') return `${random.pick(words.firstNames)} ${random.pick(words.lastNames)}`
    if (slot in slotWords) return random.pick(slotWords[slot])
    if (slot in slotNumbers) return String(random.int(...slotNumbers[slot]))
    return slot
  }).replace(/^./, (first) => first.toUpperCase())
}

function paragraph(random, sentences) {
  return Array.from({ length: sentences }, () => fill(random.pick(words.sentenceTemplates), random)).join(' ')
}

/** How a writer on `published` refers to `day`: "yesterday", "on Tuesday", "on 14 October", … */
function datePhrase(day, published, random) {
  const before = published - day
  const date = new Date(day * dayMs)
  const weekday = weekdays[date.getUTCDay()]
  if (before === 1 && random.chance(0.5)) return 'yesterday'
  if (before >= 1 && before <= 6 && random.chance(0.6)) return `on ${weekday}`
  const month = months[date.getUTCMonth()]
  const dayOfMonth = date.getUTCDate()
  switch (random.int(0, 3)) {
    case 0: return `on ${dayOfMonth} ${month}`
    case 1: return `on ${month} ${dayOfMonth}`
    case 2: return `on ${weekday}, ${dayOfMonth} ${month} ${date.getUTCFullYear()}`
    default: return `on ${month.slice(0, 3)}. ${dayOfMonth}`
  }
}

function datedSentence(event, published, random) {
  const phrase = datePhrase(dayOf(event.date), published, random)
  const wording = random.pick(event.wordings)
  return wording.replace('{date}', phrase).replace('{Date}', phrase.replace(/^./, (first) => first.toUpperCase()))
}

// Wire copy: a few paragraphs per story that many outlets reprint word for word.
const wireCopy = new Map(words.stories.map((story, index) => {
  const random = createRandom(articleSeed(`wire-${story.slug}`, index))
  return [story.slug, Array.from({ length: 12 }, () => paragraph(random, 3))]
}))

/**
 * Plan one article: its front matter, its lines of content and furniture.
 * Returns `{ name, text }`, the file name and the file's text.
 */
export function generateArticle(seed, index) {
  const random = createRandom(articleSeed(seed, index))
  const story = words.stories[index % words.stories.length]
  const outlet = random.pick(words.outlets)
  const author = `${random.pick(words.firstNames)} ${random.pick(words.lastNames)}`
  const published = dayOf(story.firstPublished) + random.int(0, story.days)
  const title = `${random.pick(story.titles)}${random.chance(0.5) ? '' : ` in ${random.pick(words.places).replace(/^the /, '')}`}`
  const slug = `${story.slug}-${String(index).padStart(5, '0')}`
  const url = `https://${outlet.toLowerCase().replace(/[^a-z]+/g, '-')}.example.com/news/${slug}`
  const format = random.chance(0.25) ? 'md' : random.pick(['lines', 'lines', 'blank', 'wrapped'])

  const paragraphs = []
  const events = story.events.filter((event) => dayOf(event.date) <= published)
  // A lead that places the main event, then the body.
  const lead = events.length > 0 ? datedSentence(random.pick(events), published, random) : ''
  paragraphs.push(`${lead} ${paragraph(random, 2)}`.trim())
  let size = paragraphs[0].length
  const wire = wireCopy.get(story.slug)
  while (size < targetBytes * 0.78) {
    let text
    if (random.chance(0.12)) text = random.pick(wire)
    else if (events.length > 0 && random.chance(0.3)) text = `${datedSentence(random.pick(events), published, random)} ${paragraph(random, random.int(1, 3))}`
    else text = paragraph(random, random.int(2, 5))
    paragraphs.push(text)
    size += text.length + 2
  }
  // Repeated paragraphs: exact, or with a word changed (as pasted twice, or a correction).
  if (random.chance(0.15)) paragraphs.splice(random.int(2, paragraphs.length), 0, random.pick(paragraphs.slice(1)))
  if (random.chance(0.1)) {
    const copied = random.pick(paragraphs.slice(1))
    paragraphs.splice(random.int(2, paragraphs.length), 0, copied.replace(/\b(said|says)\b/, 'stated'))
  }

  const items = paragraphs.map((text) => ({ kind: 'content', text }))
  const furniture = (family) => ({ kind: 'junk', text: random.pick(words.junk[family]) })
  const insert = (position, item) => items.splice(Math.min(items.length, Math.max(0, position)), 0, item)
  if (random.chance(0.4)) insert(0, furniture('share'))
  if (random.chance(0.3)) insert(0, furniture('stamp'))
  if (random.chance(0.3)) insert(0, furniture('nav'))
  if (random.chance(0.1)) insert(0, furniture('tool'))
  for (let ads = random.int(0, 3); ads > 0; ads--) insert(random.int(3, items.length - 1), furniture('ad'))
  if (random.chance(0.5)) insert(random.int(3, items.length - 1), furniture('signup'))
  if (random.chance(0.25)) insert(random.int(4, items.length - 1), furniture('paywall'))
  if (random.chance(0.5)) insert(random.int(2, items.length - 1), { kind: 'caption', text: fill(random.pick(words.captionTemplates), random, { outlet }) })
  if (random.chance(0.35)) {
    items.push(furniture('related'))
    for (let count = 0; count < 3; count++) items.push({ kind: 'related', text: `${random.pick(words.stories[random.int(0, words.stories.length - 1)].titles)}` })
  }
  if (random.chance(0.3)) items.push(furniture('comments'))
  if (random.chance(0.4)) items.push(furniture('legal'))
  if (random.chance(0.08)) items.push({ kind: 'junk', text: words.junk.tool[1] })

  const hasFrontMatter = random.chance(0.9)
  const top = hasFrontMatter ? [] : [outlet, title, `By ${author}`, formatLongDate(published)]
  const frontMatter = hasFrontMatter
    ? `---\ntitle: ${JSON.stringify(title)}\nsource: ${outlet}\nauthor: ${author}\ndate: ${isoOf(published)}\nurl: ${url}\n---\n`
    : ''
  const body = format === 'md' ? toMarkdown(top, items, random) : toText(top, items, format)
  return { name: `${slug}.${format === 'md' ? 'md' : 'txt'}`, text: `${frontMatter}${body}\n` }
}

function formatLongDate(day) {
  const date = new Date(day * dayMs)
  return `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`
}

function toText(top, items, format) {
  const lines = [...top, ...items.map((item) => item.text)]
  if (format === 'lines') return lines.join('\n')
  if (format === 'blank') return lines.join('\n\n')
  return lines.map((line) => wrap(line, 72)).join('\n\n')
}

function wrap(text, width) {
  const out = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      out.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) out.push(line)
  return out.join('\n')
}

function toMarkdown(top, items, random) {
  const blocks = top.map((line, index) => (index === 1 ? `# ${line}` : line))
  let contentCount = 0
  for (const item of items) {
    if (item.kind === 'related') blocks.push(`- [${item.text}](https://example.com/news/${item.text.toLowerCase().replace(/[^a-z]+/g, '-')})`)
    else if (item.kind === 'caption') blocks.push(`![${item.text}](https://example.com/photo.jpg)\n\n*${item.text}*`)
    else if (item.kind === 'content') {
      contentCount++
      if (contentCount % 5 === 0) blocks.push(`## ${fill('The {adjective} {thing}', random)}`)
      // A link and some emphasis, as Markdown articles have.
      const text = contentCount % 3 === 0 ? item.text.replace(/\b(report|review|statement)\b/, '[$1](https://example.org/documents/$1)') : item.text
      blocks.push(contentCount % 4 === 0 ? text.replace(/^(\S+ \S+)/, '**$1**') : text)
    } else blocks.push(item.text)
  }
  return blocks.join('\n\n')
}

/**
 * The folder of a corpus of `count` articles, written on first use and
 * reused after: a `.complete` file (skipped by news-digest, like every dot
 * file) marks a corpus that was written in full.
 */
export async function ensureCorpus({ count, seed = 1, root = defaultRoot }) {
  return writeFolderOnce(path.join(root, `corpus-${count}-s${seed}-g${generatorVersion}`), async (folder) => {
    for (let index = 0; index < count; index++) {
      const { name, text } = generateArticle(seed, index)
      await fs.writeFile(path.join(folder, name), text)
    }
  }, JSON.stringify({ count, seed, generatorVersion }))
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '100' }, seed: { type: 'string', default: '1' }, root: { type: 'string', default: defaultRoot } } })
  const folder = await ensureCorpus({ count: Number(values.count), seed: Number(values.seed), root: values.root })
  console.log(folder)
}
