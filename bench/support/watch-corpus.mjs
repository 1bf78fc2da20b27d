// A small deterministic corpus for bench/watch.mjs: simple, varied articles of
// about 4 KB with front matter, all about one made-up story, so the stages that
// span all sources (shared paragraphs, timeline) have real work to do.
import fs from 'node:fs/promises'
import path from 'node:path'

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same corpus. */
export function seededRandom(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const outlets = ['The Harbour Courier', 'Valley Ledger', 'Northern Star', 'Daily Tribune', 'Coastal Post', 'Metro Wire', 'The Evening Record']
const people = ['Mayor Lena Ortiz', 'councillor Sam Whitfield', 'engineer Priya Nair', 'spokesperson Tom Bale', 'union leader Ada Kovac', 'inspector Joel Marsh']
const places = ['the harbour bridge', 'the east pier', 'the ferry terminal', 'the rail yard', 'the old customs house', 'the river crossing']
const verbs = ['said', 'told reporters', 'confirmed', 'warned', 'announced', 'wrote in a statement']
const subjects = ['the repair works', 'the closure', 'the budget overrun', 'the safety review', 'the night-time traffic plan', 'the inquiry']
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const junk = ['Sign up for our morning newsletter', 'Advertisement', 'Share this article', 'Read more: city news', 'Follow us on social media']

function pick(random, items) {
  return items[Math.floor(random() * items.length)]
}

const syllables = ['ba', 'ren', 'tol', 'mi', 'kas', 'dor', 'vel', 'un', 'ari', 'sto', 'lem', 'qui', 'fan', 'gor', 'pe', 'ths', 'wal', 'ney']

/** A vocabulary of made-up words, so that paragraphs of different articles differ as real prose does. */
function vocabulary(random, size) {
  return Array.from({ length: size }, () => Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(random, syllables)).join(''))
}

function filler(random, words, length) {
  return Array.from({ length }, () => (random() < 0.25 ? pick(random, ['the', 'of', 'and', 'to', 'in', 'a', 'for', 'on']) : pick(random, words))).join(' ')
}

// Most sentences are plain prose; a few carry a date or a quote, as news copy does.
function sentence(random, words, dated) {
  const day = 1 + Math.floor(random() * 28)
  const month = pick(random, months)
  if (dated) return `On ${day} ${month} 2025, crews closed ${pick(random, places)} after ${filler(random, words, 6)}.`
  const forms = [
    () => `${cap(pick(random, people))} ${pick(random, verbs)} that ${pick(random, subjects)} ${filler(random, words, 8 + Math.floor(random() * 10))}.`,
    () => `${cap(filler(random, words, 10 + Math.floor(random() * 14)))}.`,
    () => `"${cap(filler(random, words, 8 + Math.floor(random() * 8)))}," ${pick(random, people)} ${pick(random, verbs)}.`,
    () => `Traffic near ${pick(random, places)} ${filler(random, words, 9 + Math.floor(random() * 8))}.`
  ]
  return pick(random, forms)()
}

function cap(text) {
  return text[0].toUpperCase() + text.slice(1)
}

/** One article of about `size` characters: front matter, a headline-worthy body, some page furniture. */
export function generateArticle(index, random, words, size = 4000) {
  const day = 1 + Math.floor(random() * 28)
  const month = 1 + Math.floor(random() * 12)
  const date = `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  const lines = ['---', `title: "Bridge works update ${index + 1}: ${cap(pick(random, subjects))}"`, `source: ${pick(random, outlets)}`, `date: ${date}`, '---']
  if (random() < 0.5) lines.push(pick(random, junk))
  let body = 0
  let dates = 1 + Math.floor(random() * 2)
  while (body < size) {
    const paragraph = Array.from({ length: 2 + Math.floor(random() * 3) }, () => sentence(random, words, dates-- > 0 && random() < 0.5)).join(' ')
    lines.push(paragraph)
    body += paragraph.length
    if (random() < 0.1) lines.push(pick(random, junk))
  }
  return `${lines.join('\n')}\n`
}

/** Write `count` generated articles into `folder` (created); same seed, same files. */
export async function writeCorpus(folder, count, seed = 20251126) {
  const random = seededRandom(seed)
  const words = vocabulary(random, 4000)
  await fs.mkdir(folder, { recursive: true })
  for (let index = 0; index < count; index++) {
    await fs.writeFile(path.join(folder, `article-${String(index).padStart(4, '0')}.md`), generateArticle(index, random, words))
  }
}
