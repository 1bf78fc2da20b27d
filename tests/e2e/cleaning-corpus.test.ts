import fs from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Digest } from '../../src/index.js'
import { type Story, newTally, readCorpus, score } from '../fixtures/cleaning/scoring.mjs'
import { buildFolder, writeInput } from '../helpers/build-folder.js'

// The development corpus and four held-out sets (each written without sight of the rules, measured, then used to fix what it showed)
// are held to their scores; the later held-out sets, whose misses are partly left as they were, to losing no word.
const scoredSets = ['corpus', 'holdout', 'holdout-2', 'holdout-3', 'holdout-4']
const laterSets = ['holdout-5', 'holdout-6', 'holdout-7', 'holdout-8', 'holdout-9', 'holdout-10', 'holdout-11']

interface BuiltStory {
  readonly story: Story
  readonly digest: Digest
  readonly scored: boolean
}

/** The words of a text, as a multiset: what must survive cleaning somewhere (kept, noted or removed). */
function words(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const word of text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1)
  return counts
}

/** The article body as a reader sees it: no front matter, no link targets, no list numbering. */
function bodyText(source: string): string {
  const body = source.startsWith('---\n') ? source.slice(source.indexOf('\n---', 3) + 4) : source
  return body.replace(/\]\([^)]*\)/g, ']').replace(/^\s*\d+[.)]\s/gm, '')
}

describe('cleaning the labelled corpora', () => {
  const built: BuiltStory[] = []

  beforeAll(async () => {
    for (const name of [...scoredSets, ...laterSets]) {
      for (const story of await readCorpus(path.resolve('tests/fixtures/cleaning', name))) {
        const input = await writeInput(Object.fromEntries(story.files))
        built.push({ story, digest: (await buildFolder(input)).digest, scored: scoredSets.includes(name) })
        await fs.rm(input, { recursive: true, force: true })
      }
    }
  }, 120_000)

  it('reads the five scored corpora (at least 115 articles in 35 stories) and the later held-out sets (81 articles)', () => {
    const scored = built.filter((item) => item.scored)
    expect(scored.length).toBeGreaterThanOrEqual(35)
    expect(scored.reduce((sum, item) => sum + item.digest.articles.length, 0)).toBeGreaterThanOrEqual(115)
    expect(built.filter((item) => !item.scored).reduce((sum, item) => sum + item.digest.articles.length, 0)).toBe(81)
  })

  it('loses no word: every input word is in a kept block, a note, the metadata or the removed list', () => {
    for (const { story, digest } of built) {
      for (const article of digest.articles) {
        const output = words([
          ...article.blocks.map((block) => block.text),
          ...article.notes.map((note) => note.text),
          ...article.removed.map((removal) => removal.text)
        ].join('\n'))
        const missing = [...words(bodyText(story.files.get(article.file)!))].filter(([word, count]) => (output.get(word) ?? 0) < count).map(([word]) => word)
        expect(missing, `${story.story}/${article.file}`).toEqual([])
      }
    }
  })

  it('keeps every content paragraph and removes every repeat', () => {
    const tally = newTally()
    for (const { story, digest } of built.filter((item) => item.scored)) score(digest, story.labelsByFile, tally)
    expect(tally.misses.filter((miss) => /\[(?:content|repeat)\]/.test(miss))).toEqual([])
    expect(tally.content.total).toBeGreaterThan(800)
    expect(tally.repeat.total).toBeGreaterThan(20)
  })

  it('removes at least 98 % of the labelled junk, in every family', () => {
    const tally = newTally()
    for (const { story, digest } of built.filter((item) => item.scored)) score(digest, story.labelsByFile, tally)
    expect(tally.junk.right / tally.junk.total).toBeGreaterThanOrEqual(0.98)
    const families = [...tally.families.keys()].filter((label) => label.startsWith('junk:'))
    expect(families.length).toBeGreaterThanOrEqual(12)
  })
})
